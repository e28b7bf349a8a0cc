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


T = TypeVar("T", bound="ReportCompanyPerformanceFilter")


def _parse__from_(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
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


def _parse__till(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
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
class ReportCompanyPerformanceFilter:
    """Filters for report company performances: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            comparison_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            from_ (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            fulfillment_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            location_ids (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            order_statuses (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            till (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    comparison_type: str | StringEqualOperators | Unset = UNSET
    from_: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    fulfillment_type: str | StringEqualOperators | Unset = UNSET
    location_ids: str | StringEqualOperators | Unset = UNSET
    order_statuses: str | StringEqualOperators | Unset = UNSET
    till: datetime.datetime | DatetimeEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        comparison_type: dict[str, Any] | str | Unset
        if isinstance(self.comparison_type, Unset):
            comparison_type = UNSET
        elif isinstance(self.comparison_type, StringEqualOperators):
            comparison_type = self.comparison_type.to_dict()
        else:
            comparison_type = self.comparison_type
        if comparison_type is not UNSET:
            field_dict["comparison_type"] = comparison_type
        from_: dict[str, Any] | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, DatetimeEqualOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        if from_ is not UNSET:
            field_dict["from"] = from_
        fulfillment_type: dict[str, Any] | str | Unset
        if isinstance(self.fulfillment_type, Unset):
            fulfillment_type = UNSET
        elif isinstance(self.fulfillment_type, StringEqualOperators):
            fulfillment_type = self.fulfillment_type.to_dict()
        else:
            fulfillment_type = self.fulfillment_type
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        location_ids: dict[str, Any] | str | Unset
        if isinstance(self.location_ids, Unset):
            location_ids = UNSET
        elif isinstance(self.location_ids, StringEqualOperators):
            location_ids = self.location_ids.to_dict()
        else:
            location_ids = self.location_ids
        if location_ids is not UNSET:
            field_dict["location_ids"] = location_ids
        order_statuses: dict[str, Any] | str | Unset
        if isinstance(self.order_statuses, Unset):
            order_statuses = UNSET
        elif isinstance(self.order_statuses, StringEqualOperators):
            order_statuses = self.order_statuses.to_dict()
        else:
            order_statuses = self.order_statuses
        if order_statuses is not UNSET:
            field_dict["order_statuses"] = order_statuses
        till: dict[str, Any] | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, DatetimeEqualOperators):
            till = self.till.to_dict()
        else:
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReportCompanyPerformanceFilter)", d)
            d = dict(d)
        n__absent = 0
        _comparison_type = d.get("comparison_type", UNSET)
        comparison_type: str | StringEqualOperators | Unset
        if _comparison_type is UNSET:
            comparison_type = _comparison_type
        elif isinstance(_comparison_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_comparison_type)
            except FieldError as field__error:
                field__error.segments.append("comparison_type")
                raise

            comparison_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_comparison_type, str):
            comparison_type = _comparison_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _comparison_type, "comparison_type")

        if comparison_type is UNSET:
            n__absent += 1

        try:
            from_ = _parse__from_(d.get("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        if from_ is UNSET:
            n__absent += 1

        _fulfillment_type = d.get("fulfillment_type", UNSET)
        fulfillment_type: str | StringEqualOperators | Unset
        if _fulfillment_type is UNSET:
            fulfillment_type = _fulfillment_type
        elif isinstance(_fulfillment_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_fulfillment_type)
            except FieldError as field__error:
                field__error.segments.append("fulfillment_type")
                raise

            fulfillment_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_fulfillment_type, str):
            fulfillment_type = _fulfillment_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _fulfillment_type, "fulfillment_type")

        if fulfillment_type is UNSET:
            n__absent += 1

        _location_ids = d.get("location_ids", UNSET)
        location_ids: str | StringEqualOperators | Unset
        if _location_ids is UNSET:
            location_ids = _location_ids
        elif isinstance(_location_ids, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_location_ids)
            except FieldError as field__error:
                field__error.segments.append("location_ids")
                raise

            location_ids = componentsschemas_string_equal_condition_type_0
        elif isinstance(_location_ids, str):
            location_ids = _location_ids
        else:
            raise FieldError("one of object (StringEqualOperators), string", _location_ids, "location_ids")

        if location_ids is UNSET:
            n__absent += 1

        _order_statuses = d.get("order_statuses", UNSET)
        order_statuses: str | StringEqualOperators | Unset
        if _order_statuses is UNSET:
            order_statuses = _order_statuses
        elif isinstance(_order_statuses, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_order_statuses)
            except FieldError as field__error:
                field__error.segments.append("order_statuses")
                raise

            order_statuses = componentsschemas_string_equal_condition_type_0
        elif isinstance(_order_statuses, str):
            order_statuses = _order_statuses
        else:
            raise FieldError("one of object (StringEqualOperators), string", _order_statuses, "order_statuses")

        if order_statuses is UNSET:
            n__absent += 1

        try:
            till = _parse__till(d.get("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        if till is UNSET:
            n__absent += 1

        if cls is _plain__class:
            report_company_performance_filter = _new__object(cls)
            report_company_performance_filter.comparison_type = comparison_type
            report_company_performance_filter.from_ = from_
            report_company_performance_filter.fulfillment_type = fulfillment_type
            report_company_performance_filter.location_ids = location_ids
            report_company_performance_filter.order_statuses = order_statuses
            report_company_performance_filter.till = till
        else:
            report_company_performance_filter = cls(
                comparison_type,
                from_,
                fulfillment_type,
                location_ids,
                order_statuses,
                till,
            )
        if len(d) + n__absent != 6:
            for prop_name in d:
                if prop_name not in {
                    "comparison_type",
                    "from",
                    "fulfillment_type",
                    "location_ids",
                    "order_statuses",
                    "till",
                }:
                    raise FieldError(
                        "no such property (ReportCompanyPerformanceFilter allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return report_company_performance_filter

    __repr__ = _model__repr


_plain__class: type[ReportCompanyPerformanceFilter] | None = (
    ReportCompanyPerformanceFilter
    if {field.name for field in _attrs_fields(ReportCompanyPerformanceFilter)}
    == {"comparison_type", "from_", "fulfillment_type", "location_ids", "order_statuses", "till"}
    and not hasattr(ReportCompanyPerformanceFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
