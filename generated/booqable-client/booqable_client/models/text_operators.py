from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)

        not_eq = d.pop("not_eq", UNSET)

        eql = d.pop("eql", UNSET)

        not_eql = d.pop("not_eql", UNSET)

        prefix = d.pop("prefix", UNSET)

        not_prefix = d.pop("not_prefix", UNSET)

        suffix = d.pop("suffix", UNSET)

        not_suffix = d.pop("not_suffix", UNSET)

        match = d.pop("match", UNSET)

        not_match = d.pop("not_match", UNSET)

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
            raise ValueError(f"TextOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return text_operators
