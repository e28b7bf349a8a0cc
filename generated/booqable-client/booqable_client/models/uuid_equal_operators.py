from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UuidEqualOperators")


@_attrs_define
class UuidEqualOperators:
    """Operators for filtering a uuid attribute; several operators combine with AND.

    Attributes:
        eq (UUID | Unset): Match records equal to this value.
    """

    eq: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = str(self.eq)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _eq = d.pop("eq", UNSET)
        eq: UUID | Unset
        if isinstance(_eq, Unset):
            eq = UNSET
        else:
            eq = UUID(_eq)

        uuid_equal_operators = cls(
            eq=eq,
        )

        if d:
            raise ValueError(f"UuidEqualOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return uuid_equal_operators
