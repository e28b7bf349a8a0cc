from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatetimeCompareOperators")


@_attrs_define
class DatetimeCompareOperators:
    """Operators for filtering a datetime attribute; several operators combine with AND.

    Attributes:
        eq (datetime.datetime | Unset): Match records equal to this value.
        not_eq (datetime.datetime | Unset): Match records not equal to this value.
        gt (datetime.datetime | Unset): Match records greater than this value.
        gte (datetime.datetime | Unset): Match records greater than or equal to this value.
        lt (datetime.datetime | Unset): Match records less than this value.
        lte (datetime.datetime | Unset): Match records less than or equal to this value.
        between (str | Unset): Range of two date-times; the exact notation is not documented.
        compare (str | Unset): Comparison with another attribute; the notation is not documented.
    """

    eq: datetime.datetime | Unset = UNSET
    not_eq: datetime.datetime | Unset = UNSET
    gt: datetime.datetime | Unset = UNSET
    gte: datetime.datetime | Unset = UNSET
    lt: datetime.datetime | Unset = UNSET
    lte: datetime.datetime | Unset = UNSET
    between: str | Unset = UNSET
    compare: str | Unset = UNSET

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

        compare = self.compare

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
        if compare is not UNSET:
            field_dict["compare"] = compare

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DatetimeCompareOperators)", src_dict)
        d = dict(src_dict)
        _eq = d.pop("eq", UNSET)
        eq: datetime.datetime | Unset = UNSET
        if _eq is not UNSET:
            try:
                eq = datetime.datetime.fromisoformat(_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _eq, "eq") from None

        _not_eq = d.pop("not_eq", UNSET)
        not_eq: datetime.datetime | Unset = UNSET
        if _not_eq is not UNSET:
            try:
                not_eq = datetime.datetime.fromisoformat(_not_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _not_eq, "not_eq") from None

        _gt = d.pop("gt", UNSET)
        gt: datetime.datetime | Unset = UNSET
        if _gt is not UNSET:
            try:
                gt = datetime.datetime.fromisoformat(_gt)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _gt, "gt") from None

        _gte = d.pop("gte", UNSET)
        gte: datetime.datetime | Unset = UNSET
        if _gte is not UNSET:
            try:
                gte = datetime.datetime.fromisoformat(_gte)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _gte, "gte") from None

        _lt = d.pop("lt", UNSET)
        lt: datetime.datetime | Unset = UNSET
        if _lt is not UNSET:
            try:
                lt = datetime.datetime.fromisoformat(_lt)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _lt, "lt") from None

        _lte = d.pop("lte", UNSET)
        lte: datetime.datetime | Unset = UNSET
        if _lte is not UNSET:
            try:
                lte = datetime.datetime.fromisoformat(_lte)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _lte, "lte") from None

        between = d.pop("between", UNSET)
        if not isinstance(between, str) and between is not UNSET:
            raise FieldError("string", between, "between")

        compare = d.pop("compare", UNSET)
        if not isinstance(compare, str) and compare is not UNSET:
            raise FieldError("string", compare, "compare")

        datetime_compare_operators = cls(
            eq=eq,
            not_eq=not_eq,
            gt=gt,
            gte=gte,
            lt=lt,
            lte=lte,
            between=between,
            compare=compare,
        )

        if d:
            raise FieldError(
                "no such property (DatetimeCompareOperators allows no others)", None, next(iter(d)), found="one"
            )
        return datetime_compare_operators
