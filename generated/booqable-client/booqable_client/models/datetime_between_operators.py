from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatetimeBetweenOperators")


@_attrs_define
class DatetimeBetweenOperators:
    """Operators for filtering a datetime attribute; several operators combine with AND.

    Attributes:
        eq (datetime.datetime | Unset): Match records equal to this value.
        not_eq (datetime.datetime | Unset): Match records not equal to this value.
        gt (datetime.datetime | Unset): Match records greater than this value.
        gte (datetime.datetime | Unset): Match records greater than or equal to this value.
        lt (datetime.datetime | Unset): Match records less than this value.
        lte (datetime.datetime | Unset): Match records less than or equal to this value.
        between (str | Unset): Range of two date-times; the exact notation is not documented.
    """

    eq: datetime.datetime | Unset = UNSET
    not_eq: datetime.datetime | Unset = UNSET
    gt: datetime.datetime | Unset = UNSET
    gte: datetime.datetime | Unset = UNSET
    lt: datetime.datetime | Unset = UNSET
    lte: datetime.datetime | Unset = UNSET
    between: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = self.eq.isoformat().replace("+00:00", "Z")

        not_eq: str | Unset = UNSET
        if not isinstance(self.not_eq, Unset):
            not_eq = self.not_eq.isoformat().replace("+00:00", "Z")

        gt: str | Unset = UNSET
        if not isinstance(self.gt, Unset):
            gt = self.gt.isoformat().replace("+00:00", "Z")

        gte: str | Unset = UNSET
        if not isinstance(self.gte, Unset):
            gte = self.gte.isoformat().replace("+00:00", "Z")

        lt: str | Unset = UNSET
        if not isinstance(self.lt, Unset):
            lt = self.lt.isoformat().replace("+00:00", "Z")

        lte: str | Unset = UNSET
        if not isinstance(self.lte, Unset):
            lte = self.lte.isoformat().replace("+00:00", "Z")

        between = self.between

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
        if between is not UNSET:
            field_dict["between"] = between

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _eq = d.pop("eq", UNSET)
        eq: datetime.datetime | Unset
        if isinstance(_eq, Unset):
            eq = UNSET
        else:
            eq = datetime.datetime.fromisoformat(_eq)

        _not_eq = d.pop("not_eq", UNSET)
        not_eq: datetime.datetime | Unset
        if isinstance(_not_eq, Unset):
            not_eq = UNSET
        else:
            not_eq = datetime.datetime.fromisoformat(_not_eq)

        _gt = d.pop("gt", UNSET)
        gt: datetime.datetime | Unset
        if isinstance(_gt, Unset):
            gt = UNSET
        else:
            gt = datetime.datetime.fromisoformat(_gt)

        _gte = d.pop("gte", UNSET)
        gte: datetime.datetime | Unset
        if isinstance(_gte, Unset):
            gte = UNSET
        else:
            gte = datetime.datetime.fromisoformat(_gte)

        _lt = d.pop("lt", UNSET)
        lt: datetime.datetime | Unset
        if isinstance(_lt, Unset):
            lt = UNSET
        else:
            lt = datetime.datetime.fromisoformat(_lt)

        _lte = d.pop("lte", UNSET)
        lte: datetime.datetime | Unset
        if isinstance(_lte, Unset):
            lte = UNSET
        else:
            lte = datetime.datetime.fromisoformat(_lte)

        between = d.pop("between", UNSET)

        datetime_between_operators = cls(
            eq=eq,
            not_eq=not_eq,
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
            between=between,
        )

        if d:
            raise ValueError(f"DatetimeBetweenOperators has no properties {sorted(d)} (the spec forbids extra ones)")
        return datetime_between_operators
