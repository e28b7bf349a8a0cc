from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatetimeOperators")


@_attrs_define
class DatetimeOperators:
    """Operators for filtering a datetime attribute; several operators combine with AND.

    Attributes:
        eq (datetime.datetime | Unset): Match records equal to this value.
        not_eq (datetime.datetime | Unset): Match records not equal to this value.
        gt (datetime.datetime | Unset): Match records greater than this value.
        gte (datetime.datetime | Unset): Match records greater than or equal to this value.
        lt (datetime.datetime | Unset): Match records less than this value.
        lte (datetime.datetime | Unset): Match records less than or equal to this value.
    """

    eq: datetime.datetime | Unset = UNSET
    not_eq: datetime.datetime | Unset = UNSET
    gt: datetime.datetime | Unset = UNSET
    gte: datetime.datetime | Unset = UNSET
    lt: datetime.datetime | Unset = UNSET
    lte: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = self.eq.isoformat().replace("+00:00", "Z") if self.eq.tzinfo is not None else _naive__datetime("eq")
        if eq is not UNSET:
            field_dict["eq"] = eq
        not_eq: str | Unset = UNSET
        if not isinstance(self.not_eq, Unset):
            not_eq = (
                self.not_eq.isoformat().replace("+00:00", "Z")
                if self.not_eq.tzinfo is not None
                else _naive__datetime("not_eq")
            )
        if not_eq is not UNSET:
            field_dict["not_eq"] = not_eq
        gt: str | Unset = UNSET
        if not isinstance(self.gt, Unset):
            gt = self.gt.isoformat().replace("+00:00", "Z") if self.gt.tzinfo is not None else _naive__datetime("gt")
        if gt is not UNSET:
            field_dict["gt"] = gt
        gte: str | Unset = UNSET
        if not isinstance(self.gte, Unset):
            gte = (
                self.gte.isoformat().replace("+00:00", "Z") if self.gte.tzinfo is not None else _naive__datetime("gte")
            )
        if gte is not UNSET:
            field_dict["gte"] = gte
        lt: str | Unset = UNSET
        if not isinstance(self.lt, Unset):
            lt = self.lt.isoformat().replace("+00:00", "Z") if self.lt.tzinfo is not None else _naive__datetime("lt")
        if lt is not UNSET:
            field_dict["lt"] = lt
        lte: str | Unset = UNSET
        if not isinstance(self.lte, Unset):
            lte = (
                self.lte.isoformat().replace("+00:00", "Z") if self.lte.tzinfo is not None else _naive__datetime("lte")
            )
        if lte is not UNSET:
            field_dict["lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DatetimeOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: datetime.datetime | Unset = UNSET
        if _eq is not UNSET:
            try:
                eq = _datetime__parse(_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _eq, "eq") from None

        if eq is UNSET:
            n__absent += 1

        _not_eq = d.get("not_eq", UNSET)
        not_eq: datetime.datetime | Unset = UNSET
        if _not_eq is not UNSET:
            try:
                not_eq = _datetime__parse(_not_eq)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _not_eq, "not_eq") from None

        if not_eq is UNSET:
            n__absent += 1

        _gt = d.get("gt", UNSET)
        gt: datetime.datetime | Unset = UNSET
        if _gt is not UNSET:
            try:
                gt = _datetime__parse(_gt)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _gt, "gt") from None

        if gt is UNSET:
            n__absent += 1

        _gte = d.get("gte", UNSET)
        gte: datetime.datetime | Unset = UNSET
        if _gte is not UNSET:
            try:
                gte = _datetime__parse(_gte)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _gte, "gte") from None

        if gte is UNSET:
            n__absent += 1

        _lt = d.get("lt", UNSET)
        lt: datetime.datetime | Unset = UNSET
        if _lt is not UNSET:
            try:
                lt = _datetime__parse(_lt)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _lt, "lt") from None

        if lt is UNSET:
            n__absent += 1

        _lte = d.get("lte", UNSET)
        lte: datetime.datetime | Unset = UNSET
        if _lte is not UNSET:
            try:
                lte = _datetime__parse(_lte)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _lte, "lte") from None

        if lte is UNSET:
            n__absent += 1

        if cls is _plain__class:
            datetime_operators = _new__object(cls)
            datetime_operators.eq = eq
            datetime_operators.not_eq = not_eq
            datetime_operators.gt = gt
            datetime_operators.gte = gte
            datetime_operators.lt = lt
            datetime_operators.lte = lte
        else:
            datetime_operators = cls(
                eq,
                not_eq,
                gt,
                gte,
                lt,
                lte,
            )
        if len(d) + n__absent != 6:
            for prop_name in d:
                if prop_name not in {"eq", "not_eq", "gt", "gte", "lt", "lte"}:
                    raise FieldError(
                        "no such property (DatetimeOperators allows no others)", None, prop_name, found="one"
                    )
        return datetime_operators

    __repr__ = _model__repr


_plain__class: type[DatetimeOperators] | None = (
    DatetimeOperators
    if {field.name for field in _attrs_fields(DatetimeOperators)} == {"eq", "not_eq", "gt", "gte", "lt", "lte"}
    and not hasattr(DatetimeOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
