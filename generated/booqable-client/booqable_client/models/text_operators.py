from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextOperators")


@_attrs_define
class TextOperators:
    """Operators for filtering a string attribute; several operators combine with AND.

    Attributes:
        eq (str | Unset): Match records equal to this value.
        not_eq (str | Unset): Match records not equal to this value.
        eql (str | Unset): Match records equal to, case-sensitive this value.
        not_eql (str | Unset): Match records not equal to, case-sensitive this value.
        prefix (str | Unset): Match records starting with this value.
        not_prefix (str | Unset): Match records not starting with this value.
        suffix (str | Unset): Match records ending with this value.
        not_suffix (str | Unset): Match records not ending with this value.
        match (str | Unset): Match records containing this value.
        not_match (str | Unset): Match records not containing this value.
    """

    eq: str | Unset = UNSET
    not_eq: str | Unset = UNSET
    eql: str | Unset = UNSET
    not_eql: str | Unset = UNSET
    prefix: str | Unset = UNSET
    not_prefix: str | Unset = UNSET
    suffix: str | Unset = UNSET
    not_suffix: str | Unset = UNSET
    match: str | Unset = UNSET
    not_match: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq = self.eq
        if eq is not UNSET:
            field_dict["eq"] = eq
        not_eq = self.not_eq
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq
        eql = self.eql
        if eql is not UNSET:
            field_dict["eql"] = eql
        not_eql = self.not_eql
        if not_eql is not UNSET:
            field_dict["not_eql"] = not_eql
        prefix = self.prefix
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        not_prefix = self.not_prefix
        if not_prefix is not UNSET:
            field_dict["not_prefix"] = not_prefix
        suffix = self.suffix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        not_suffix = self.not_suffix
        if not_suffix is not UNSET:
            field_dict["not_suffix"] = not_suffix
        match = self.match
        if match is not UNSET:
            field_dict["match"] = match
        not_match = self.not_match
        if not_match is not UNSET:
            field_dict["not_match"] = not_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TextOperators)", d)
            d = dict(d)
        n__absent = 0
        eq = d.get("eq", UNSET)
        if not (type(eq) is str):
            if eq is UNSET:
                n__absent += 1
            elif not isinstance(eq, str):
                raise FieldError("string", eq, "eq")

        not_eq = d.get("not_eq", UNSET)
        if not (type(not_eq) is str):
            if not_eq is UNSET:
                n__absent += 1
            elif not isinstance(not_eq, str):
                raise FieldError("string", not_eq, "not_eq")

        eql = d.get("eql", UNSET)
        if not (type(eql) is str):
            if eql is UNSET:
                n__absent += 1
            elif not isinstance(eql, str):
                raise FieldError("string", eql, "eql")

        not_eql = d.get("not_eql", UNSET)
        if not (type(not_eql) is str):
            if not_eql is UNSET:
                n__absent += 1
            elif not isinstance(not_eql, str):
                raise FieldError("string", not_eql, "not_eql")

        prefix = d.get("prefix", UNSET)
        if not (type(prefix) is str):
            if prefix is UNSET:
                n__absent += 1
            elif not isinstance(prefix, str):
                raise FieldError("string", prefix, "prefix")

        not_prefix = d.get("not_prefix", UNSET)
        if not (type(not_prefix) is str):
            if not_prefix is UNSET:
                n__absent += 1
            elif not isinstance(not_prefix, str):
                raise FieldError("string", not_prefix, "not_prefix")

        suffix = d.get("suffix", UNSET)
        if not (type(suffix) is str):
            if suffix is UNSET:
                n__absent += 1
            elif not isinstance(suffix, str):
                raise FieldError("string", suffix, "suffix")

        not_suffix = d.get("not_suffix", UNSET)
        if not (type(not_suffix) is str):
            if not_suffix is UNSET:
                n__absent += 1
            elif not isinstance(not_suffix, str):
                raise FieldError("string", not_suffix, "not_suffix")

        match = d.get("match", UNSET)
        if not (type(match) is str):
            if match is UNSET:
                n__absent += 1
            elif not isinstance(match, str):
                raise FieldError("string", match, "match")

        not_match = d.get("not_match", UNSET)
        if not (type(not_match) is str):
            if not_match is UNSET:
                n__absent += 1
            elif not isinstance(not_match, str):
                raise FieldError("string", not_match, "not_match")

        if cls is _plain__class:
            text_operators = _new__object(cls)
            text_operators.eq = eq
            text_operators.not_eq = not_eq
            text_operators.eql = eql
            text_operators.not_eql = not_eql
            text_operators.prefix = prefix
            text_operators.not_prefix = not_prefix
            text_operators.suffix = suffix
            text_operators.not_suffix = not_suffix
            text_operators.match = match
            text_operators.not_match = not_match
        else:
            text_operators = cls(
                eq,
                not_eq,
                eql,
                not_eql,
                prefix,
                not_prefix,
                suffix,
                not_suffix,
                match,
                not_match,
            )
        if len(d) + n__absent != 10:
            for prop_name in d:
                if prop_name not in {
                    "eq",
                    "not_eq",
                    "eql",
                    "not_eql",
                    "prefix",
                    "not_prefix",
                    "suffix",
                    "not_suffix",
                    "match",
                    "not_match",
                }:
                    raise FieldError("no such property (TextOperators allows no others)", None, prop_name, found="one")
        return text_operators

    __repr__ = _model__repr


_plain__class: type[TextOperators] | None = (
    TextOperators
    if {field.name for field in _attrs_fields(TextOperators)}
    == {"eq", "not_eq", "eql", "not_eql", "prefix", "not_prefix", "suffix", "not_suffix", "match", "not_match"}
    and not hasattr(TextOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
