from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
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
        eq = self.eq

        not_eq = self.not_eq

        eql = self.eql

        not_eql = self.not_eql

        prefix = self.prefix

        not_prefix = self.not_prefix

        suffix = self.suffix

        not_suffix = self.not_suffix

        match = self.match

        not_match = self.not_match

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq
        if eql is not UNSET:
            field_dict["eql"] = eql
        if not_eql is not UNSET:
            field_dict["not_eql"] = not_eql
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if not_prefix is not UNSET:
            field_dict["not_prefix"] = not_prefix
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if not_suffix is not UNSET:
            field_dict["not_suffix"] = not_suffix
        if match is not UNSET:
            field_dict["match"] = match
        if not_match is not UNSET:
            field_dict["not_match"] = not_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TextOperators)", src_dict)
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)
        if not isinstance(eq, str) and eq is not UNSET:
            raise FieldError("string", eq, "eq")

        not_eq = d.pop("not_eq", UNSET)
        if not isinstance(not_eq, str) and not_eq is not UNSET:
            raise FieldError("string", not_eq, "not_eq")

        eql = d.pop("eql", UNSET)
        if not isinstance(eql, str) and eql is not UNSET:
            raise FieldError("string", eql, "eql")

        not_eql = d.pop("not_eql", UNSET)
        if not isinstance(not_eql, str) and not_eql is not UNSET:
            raise FieldError("string", not_eql, "not_eql")

        prefix = d.pop("prefix", UNSET)
        if not isinstance(prefix, str) and prefix is not UNSET:
            raise FieldError("string", prefix, "prefix")

        not_prefix = d.pop("not_prefix", UNSET)
        if not isinstance(not_prefix, str) and not_prefix is not UNSET:
            raise FieldError("string", not_prefix, "not_prefix")

        suffix = d.pop("suffix", UNSET)
        if not isinstance(suffix, str) and suffix is not UNSET:
            raise FieldError("string", suffix, "suffix")

        not_suffix = d.pop("not_suffix", UNSET)
        if not isinstance(not_suffix, str) and not_suffix is not UNSET:
            raise FieldError("string", not_suffix, "not_suffix")

        match = d.pop("match", UNSET)
        if not isinstance(match, str) and match is not UNSET:
            raise FieldError("string", match, "match")

        not_match = d.pop("not_match", UNSET)
        if not isinstance(not_match, str) and not_match is not UNSET:
            raise FieldError("string", not_match, "not_match")

        text_operators = cls(
            eq=eq,
            not_eq=not_eq,
            eql=eql,
            not_eql=not_eql,
            prefix=prefix,
            not_prefix=not_prefix,
            suffix=suffix,
            not_suffix=not_suffix,
            match=match,
            not_match=not_match,
        )

        if d:
            raise FieldError("no such property (TextOperators allows no others)", None, next(iter(d)), found="one")
        return text_operators
