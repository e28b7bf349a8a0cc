from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StringOperators")


@_attrs_define
class StringOperators:
    """Operators for filtering a string attribute; several operators combine with AND.

    Attributes:
        eq (str | Unset): Match records equal to this value.
        not_eq (str | Unset): Match records not equal to this value.
    """

    eq: str | Unset = UNSET
    not_eq: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        not_eq = self.not_eq

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)

        not_eq = d.pop("not_eq", UNSET)

        string_operators = cls(
            eq=eq,
            not_eq=not_eq,
        )

        if d:
            raise ValueError(f"StringOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return string_operators
