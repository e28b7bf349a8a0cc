from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.string_equal_operators import StringEqualOperators

_refs__resolved = False
_from_dict__DatetimeEqualOperators: Callable[[Mapping[str, Any]], DatetimeEqualOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeEqualOperators, StringEqualOperators  # noqa: PLW0603
    global _from_dict__DatetimeEqualOperators, _from_dict__StringEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415

    _from_dict__DatetimeEqualOperators = DatetimeEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ReportCouponFilter")


def _parse__period_from(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_equal_condition_type_0 = _from_dict__DatetimeEqualOperators(data)

                if choice.take(componentsschemas_datetime_equal_condition_type_0):
                    return componentsschemas_datetime_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_equal_condition_type_1 = data
                try:
                    componentsschemas_datetime_equal_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_equal_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_equal_condition_type_1):
                    return componentsschemas_datetime_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeEqualOperators), date-time string", data)


def _parse__period_till(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_equal_condition_type_0 = _from_dict__DatetimeEqualOperators(data)

                if choice.take(componentsschemas_datetime_equal_condition_type_0):
                    return componentsschemas_datetime_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_equal_condition_type_1 = data
                try:
                    componentsschemas_datetime_equal_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_equal_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_equal_condition_type_1):
                    return componentsschemas_datetime_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeEqualOperators), date-time string", data)


@_attrs_define
class ReportCouponFilter:
    """Filters for report coupons: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            period_from (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            period_till (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            status (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            tags (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
    """

    period_from: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    period_till: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    status: str | StringEqualOperators | Unset = UNSET
    tags: str | StringEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        period_from: dict[str, Any] | str | Unset
        if isinstance(self.period_from, Unset):
            period_from = UNSET
        elif isinstance(self.period_from, DatetimeEqualOperators):
            period_from = self.period_from.to_dict()
        else:
            period_from = (
                self.period_from.isoformat().replace("+00:00", "Z")
                if self.period_from.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        if period_from is not UNSET:
            field_dict["period_from"] = period_from
        period_till: dict[str, Any] | str | Unset
        if isinstance(self.period_till, Unset):
            period_till = UNSET
        elif isinstance(self.period_till, DatetimeEqualOperators):
            period_till = self.period_till.to_dict()
        else:
            period_till = (
                self.period_till.isoformat().replace("+00:00", "Z")
                if self.period_till.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        if period_till is not UNSET:
            field_dict["period_till"] = period_till
        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q
        if q is not UNSET:
            field_dict["q"] = q
        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, StringEqualOperators):
            status = self.status.to_dict()
        else:
            status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        tags: dict[str, Any] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, StringEqualOperators):
            tags = self.tags.to_dict()
        else:
            tags = self.tags
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReportCouponFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            period_from = _parse__period_from(d.get("period_from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("period_from")
            raise

        if period_from is UNSET:
            n__absent += 1

        try:
            period_till = _parse__period_till(d.get("period_till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("period_till")
            raise

        if period_till is UNSET:
            n__absent += 1

        _q = d.get("q", UNSET)
        q: str | StringEqualOperators | Unset
        if _q is UNSET:
            q = _q
        elif isinstance(_q, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_q)
            except FieldError as field__error:
                field__error.segments.append("q")
                raise

            q = componentsschemas_string_equal_condition_type_0
        elif isinstance(_q, str):
            q = _q
        else:
            raise FieldError("one of object (StringEqualOperators), string", _q, "q")

        if q is UNSET:
            n__absent += 1

        _status = d.get("status", UNSET)
        status: str | StringEqualOperators | Unset
        if _status is UNSET:
            status = _status
        elif isinstance(_status, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_status)
            except FieldError as field__error:
                field__error.segments.append("status")
                raise

            status = componentsschemas_string_equal_condition_type_0
        elif isinstance(_status, str):
            status = _status
        else:
            raise FieldError("one of object (StringEqualOperators), string", _status, "status")

        if status is UNSET:
            n__absent += 1

        _tags = d.get("tags", UNSET)
        tags: str | StringEqualOperators | Unset
        if _tags is UNSET:
            tags = _tags
        elif isinstance(_tags, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_tags)
            except FieldError as field__error:
                field__error.segments.append("tags")
                raise

            tags = componentsschemas_string_equal_condition_type_0
        elif isinstance(_tags, str):
            tags = _tags
        else:
            raise FieldError("one of object (StringEqualOperators), string", _tags, "tags")

        if tags is UNSET:
            n__absent += 1

        if cls is _plain__class:
            report_coupon_filter = _new__object(cls)
            report_coupon_filter.period_from = period_from
            report_coupon_filter.period_till = period_till
            report_coupon_filter.q = q
            report_coupon_filter.status = status
            report_coupon_filter.tags = tags
        else:
            report_coupon_filter = cls(
                period_from,
                period_till,
                q,
                status,
                tags,
            )
        if len(d) + n__absent != 5:
            for prop_name in d:
                if prop_name not in {"period_from", "period_till", "q", "status", "tags"}:
                    raise FieldError(
                        "no such property (ReportCouponFilter allows no others)", None, prop_name, found="one"
                    )
        return report_coupon_filter

    __repr__ = _model__repr


_plain__class: type[ReportCouponFilter] | None = (
    ReportCouponFilter
    if {field.name for field in _attrs_fields(ReportCouponFilter)}
    == {"period_from", "period_till", "q", "status", "tags"}
    and not hasattr(ReportCouponFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
