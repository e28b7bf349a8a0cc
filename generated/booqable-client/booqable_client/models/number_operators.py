from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberOperators")


@_attrs_define
class NumberOperators:
    """Operators for filtering a float attribute; several operators combine with AND.

    Attributes:
        eq (float | Unset): Match records equal to this value.
        not_eq (float | Unset): Match records not equal to this value.
        gt (float | Unset): Match records greater than this value.
        gte (float | Unset): Match records greater than or equal to this value.
        lt (float | Unset): Match records less than this value.
        lte (float | Unset): Match records less than or equal to this value.
    """

    eq: float | Unset = UNSET
    not_eq: float | Unset = UNSET
    gt: float | Unset = UNSET
    gte: float | Unset = UNSET
    lt: float | Unset = UNSET
    lte: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq = self.eq

        not_eq = self.not_eq

        gt = self.gt

        gte = self.gte

        lt = self.lt

        lte = self.lte

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if eq is not UNSET:
            field_dict["eq"] = eq
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lt is not UNSET:
            field_dict["lt"] = lt
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eq = d.pop("eq", UNSET)

        not_eq = d.pop("not_eq", UNSET)

        gt = d.pop("gt", UNSET)

        gte = d.pop("gte", UNSET)

        lt = d.pop("lt", UNSET)

        lte = d.pop("lte", UNSET)

        number_operators = cls(
            eq=eq,
            not_eq=not_eq,
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
        )

        if d:
            raise ValueError(f"NumberOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return number_operators
