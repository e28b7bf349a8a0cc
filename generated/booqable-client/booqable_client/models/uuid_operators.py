from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UuidOperators")


@_attrs_define
class UuidOperators:
    """Operators for filtering a uuid attribute; several operators combine with AND.

    Attributes:
        eq (UUID | Unset): Match records equal to this value.
        not_eq (UUID | Unset): Match records not equal to this value.
    """

    eq: UUID | Unset = UNSET
    not_eq: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = str(self.eq)

        not_eq: str | Unset = UNSET
        if not isinstance(self.not_eq, Unset):
            not_eq = str(self.not_eq)

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
        _eq = d.pop("eq", UNSET)
        eq: UUID | Unset
        if isinstance(_eq, Unset):
            eq = UNSET
        else:
            eq = UUID(_eq)

        _not_eq = d.pop("not_eq", UNSET)
        not_eq: UUID | Unset
        if isinstance(_not_eq, Unset):
            not_eq = UNSET
        else:
            not_eq = UUID(_not_eq)

        uuid_operators = cls(
            eq=eq,
            not_eq=not_eq,
        )

        if d:
            raise ValueError(f"UuidOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return uuid_operators
