from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StringEqualOperators")


@_attrs_define
class StringEqualOperators:
    """Operators for filtering a string attribute; several operators combine with AND.

    Attributes:
        eq (str | Unset): Match records equal to this value.
    """

    eq: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)

        string_equal_operators = cls(
            eq=eq,
        )

        if d:
            raise ValueError(f"StringEqualOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return string_equal_operators
