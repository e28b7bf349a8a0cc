from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.availability_subject_type import AvailabilitySubjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_subject_type_equal_operators import AvailabilitySubjectTypeEqualOperators
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.integer_equal_operators import IntegerEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False
_from_dict__AvailabilitySubjectTypeEqualOperators: Callable[[Mapping[str, Any]], AvailabilitySubjectTypeEqualOperators]
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeEqualOperators: Callable[[Mapping[str, Any]], DatetimeEqualOperators]
_from_dict__IntegerEqualOperators: Callable[[Mapping[str, Any]], IntegerEqualOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, AvailabilitySubjectTypeEqualOperators, BooleanOperators, DatetimeEqualOperators, IntegerEqualOperators, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    global _from_dict__AvailabilitySubjectTypeEqualOperators, _from_dict__BooleanOperators, _from_dict__DatetimeEqualOperators, _from_dict__IntegerEqualOperators, _from_dict__StringEqualOperators, _from_dict__UuidEqualOperators  # noqa: PLW0603
    from ..models.availability_subject_type_equal_operators import AvailabilitySubjectTypeEqualOperators  # noqa: PLC0415
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.integer_equal_operators import IntegerEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _from_dict__AvailabilitySubjectTypeEqualOperators = AvailabilitySubjectTypeEqualOperators.from_dict
    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeEqualOperators = DatetimeEqualOperators.from_dict
    _from_dict__IntegerEqualOperators = IntegerEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="AvailabilityFilter")


def _parse__subject_id(data: object) -> UUID | UuidEqualOperators:
    choice: Choice[UUID | UuidEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_equal_condition_type_0 = _from_dict__UuidEqualOperators(data)

                if choice.take(componentsschemas_uuid_equal_condition_type_0):
                    return componentsschemas_uuid_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_equal_condition_type_1 = data
                try:
                    componentsschemas_uuid_equal_condition_type_1 = parse_uuid(
                        _componentsschemas_uuid_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_equal_condition_type_1) from None

                if choice.take(componentsschemas_uuid_equal_condition_type_1):
                    return componentsschemas_uuid_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidEqualOperators), UUID string", data)


def _parse__subject_type(
    data: object,
) -> AvailabilitySubjectType | Literal["cart", "downtime", "item", "order"] | AvailabilitySubjectTypeEqualOperators:
    choice: Choice[
        AvailabilitySubjectType | Literal["cart", "downtime", "item", "order"] | AvailabilitySubjectTypeEqualOperators
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_availability_subject_type_equal_condition_type_0 = (
                    _from_dict__AvailabilitySubjectTypeEqualOperators(data)
                )

                if choice.take(componentsschemas_availability_subject_type_equal_condition_type_0):
                    return componentsschemas_availability_subject_type_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_availability_subject_type_equal_condition_type_1 = data
                if type(_componentsschemas_availability_subject_type_equal_condition_type_1) is str:
                    componentsschemas_availability_subject_type_equal_condition_type_1 = (
                        AvailabilitySubjectType._by__value.get(
                            _componentsschemas_availability_subject_type_equal_condition_type_1
                        )
                        or AvailabilitySubjectType(_componentsschemas_availability_subject_type_equal_condition_type_1)
                    )
                elif isinstance(_componentsschemas_availability_subject_type_equal_condition_type_1, str):
                    componentsschemas_availability_subject_type_equal_condition_type_1 = AvailabilitySubjectType(
                        _componentsschemas_availability_subject_type_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (AvailabilitySubjectType)",
                        _componentsschemas_availability_subject_type_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_availability_subject_type_equal_condition_type_1):
                    return componentsschemas_availability_subject_type_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result(
        "one of object (AvailabilitySubjectTypeEqualOperators), string (AvailabilitySubjectType)", data
    )


def _parse__location_id(data: object) -> Unset | UUID | UuidEqualOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_equal_condition_type_0 = _from_dict__UuidEqualOperators(data)

                if choice.take(componentsschemas_uuid_equal_condition_type_0):
                    return componentsschemas_uuid_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_equal_condition_type_1 = data
                try:
                    componentsschemas_uuid_equal_condition_type_1 = parse_uuid(
                        _componentsschemas_uuid_equal_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_equal_condition_type_1) from None

                if choice.take(componentsschemas_uuid_equal_condition_type_1):
                    return componentsschemas_uuid_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidEqualOperators), UUID string", data)


def _parse__starts_at(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
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
class AvailabilityFilter:
    """Filters for availabilities: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `month`, `subject_id`, `subject_type`, `year` must be given.

        Attributes:
            month (int | IntegerEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            subject_id (UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            subject_type (AvailabilitySubjectType | Literal["cart", "downtime", "item", "order"] |
                AvailabilitySubjectTypeEqualOperators): A filter on an `AvailabilitySubjectType` attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            year (int | IntegerEqualOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            day (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            duration_period (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            interval (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            location_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            quantity (int | IntegerEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            starts_at (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            type_ (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            use_business_hours (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
    """

    month: int | IntegerEqualOperators
    subject_id: UUID | UuidEqualOperators
    subject_type: (
        AvailabilitySubjectType | Literal["cart", "downtime", "item", "order"] | AvailabilitySubjectTypeEqualOperators
    )
    year: int | IntegerEqualOperators
    day: int | IntegerEqualOperators | Unset = UNSET
    duration_period: str | StringEqualOperators | Unset = UNSET
    interval: int | IntegerEqualOperators | Unset = UNSET
    location_id: Unset | UUID | UuidEqualOperators = UNSET
    quantity: int | IntegerEqualOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    type_: str | StringEqualOperators | Unset = UNSET
    use_business_hours: bool | BooleanOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        month: dict[str, Any] | int
        if isinstance(self.month, IntegerEqualOperators):
            month = self.month.to_dict()
        else:
            month = self.month
        field_dict["month"] = month
        subject_id: dict[str, Any] | str
        if isinstance(self.subject_id, UuidEqualOperators):
            subject_id = self.subject_id.to_dict()
        else:
            subject_id = str(self.subject_id)

        field_dict["subject_id"] = subject_id
        subject_type: dict[str, Any] | str
        if isinstance(self.subject_type, AvailabilitySubjectTypeEqualOperators):
            subject_type = self.subject_type.to_dict()
        else:
            subject_type = AvailabilitySubjectType(self.subject_type).value

        field_dict["subject_type"] = subject_type
        year: dict[str, Any] | int
        if isinstance(self.year, IntegerEqualOperators):
            year = self.year.to_dict()
        else:
            year = self.year
        field_dict["year"] = year
        day: dict[str, Any] | int | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        elif isinstance(self.day, IntegerEqualOperators):
            day = self.day.to_dict()
        else:
            day = self.day
        if day is not UNSET:
            field_dict["day"] = day
        duration_period: dict[str, Any] | str | Unset
        if isinstance(self.duration_period, Unset):
            duration_period = UNSET
        elif isinstance(self.duration_period, StringEqualOperators):
            duration_period = self.duration_period.to_dict()
        else:
            duration_period = self.duration_period
        if duration_period is not UNSET:
            field_dict["duration_period"] = duration_period
        interval: dict[str, Any] | int | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, IntegerEqualOperators):
            interval = self.interval.to_dict()
        else:
            interval = self.interval
        if interval is not UNSET:
            field_dict["interval"] = interval
        location_id: dict[str, Any] | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UuidEqualOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerEqualOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeEqualOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeEqualCondition_type_1")
            )

        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, StringEqualOperators):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        use_business_hours: bool | dict[str, Any] | Unset
        if isinstance(self.use_business_hours, Unset):
            use_business_hours = UNSET
        elif isinstance(self.use_business_hours, BooleanOperators):
            use_business_hours = self.use_business_hours.to_dict()
        else:
            use_business_hours = self.use_business_hours
        if use_business_hours is not UNSET:
            field_dict["use_business_hours"] = use_business_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AvailabilityFilter)", d)
            d = dict(d)
        n__absent = 0
        _month = d.get("month", UNSET)
        month: int | IntegerEqualOperators
        if isinstance(_month, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_month)
            except FieldError as field__error:
                field__error.segments.append("month")
                raise

            month = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_month, int) and _month is not True and _month is not False:
            month = _month
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _month, "month")

        try:
            subject_id = _parse__subject_id(d.get("subject_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("subject_id")
            raise

        try:
            subject_type = _parse__subject_type(d.get("subject_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("subject_type")
            raise

        _year = d.get("year", UNSET)
        year: int | IntegerEqualOperators
        if isinstance(_year, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_year)
            except FieldError as field__error:
                field__error.segments.append("year")
                raise

            year = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_year, int) and _year is not True and _year is not False:
            year = _year
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _year, "year")

        _day = d.get("day", UNSET)
        day: int | IntegerEqualOperators | Unset
        if _day is UNSET:
            day = _day
        elif isinstance(_day, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_day)
            except FieldError as field__error:
                field__error.segments.append("day")
                raise

            day = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_day, int) and _day is not True and _day is not False:
            day = _day
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _day, "day")

        if day is UNSET:
            n__absent += 1

        _duration_period = d.get("duration_period", UNSET)
        duration_period: str | StringEqualOperators | Unset
        if _duration_period is UNSET:
            duration_period = _duration_period
        elif isinstance(_duration_period, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_duration_period)
            except FieldError as field__error:
                field__error.segments.append("duration_period")
                raise

            duration_period = componentsschemas_string_equal_condition_type_0
        elif isinstance(_duration_period, str):
            duration_period = _duration_period
        else:
            raise FieldError("one of object (StringEqualOperators), string", _duration_period, "duration_period")

        if duration_period is UNSET:
            n__absent += 1

        _interval = d.get("interval", UNSET)
        interval: int | IntegerEqualOperators | Unset
        if _interval is UNSET:
            interval = _interval
        elif isinstance(_interval, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_interval)
            except FieldError as field__error:
                field__error.segments.append("interval")
                raise

            interval = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_interval, int) and _interval is not True and _interval is not False:
            interval = _interval
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _interval, "interval")

        if interval is UNSET:
            n__absent += 1

        try:
            location_id = _parse__location_id(d.get("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        if location_id is UNSET:
            n__absent += 1

        _quantity = d.get("quantity", UNSET)
        quantity: int | IntegerEqualOperators | Unset
        if _quantity is UNSET:
            quantity = _quantity
        elif isinstance(_quantity, dict):
            try:
                componentsschemas_integer_equal_condition_type_0 = _from_dict__IntegerEqualOperators(_quantity)
            except FieldError as field__error:
                field__error.segments.append("quantity")
                raise

            quantity = componentsschemas_integer_equal_condition_type_0
        elif isinstance(_quantity, int) and _quantity is not True and _quantity is not False:
            quantity = _quantity
        else:
            raise FieldError("one of object (IntegerEqualOperators), integer", _quantity, "quantity")

        if quantity is UNSET:
            n__absent += 1

        try:
            starts_at = _parse__starts_at(d.get("starts_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("starts_at")
            raise

        if starts_at is UNSET:
            n__absent += 1

        _type_ = d.get("type", UNSET)
        type_: str | StringEqualOperators | Unset
        if _type_ is UNSET:
            type_ = _type_
        elif isinstance(_type_, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_type_)
            except FieldError as field__error:
                field__error.segments.append("type")
                raise

            type_ = componentsschemas_string_equal_condition_type_0
        elif isinstance(_type_, str):
            type_ = _type_
        else:
            raise FieldError("one of object (StringEqualOperators), string", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

        _use_business_hours = d.get("use_business_hours", UNSET)
        use_business_hours: bool | BooleanOperators | Unset
        if _use_business_hours is UNSET:
            use_business_hours = _use_business_hours
        elif isinstance(_use_business_hours, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_use_business_hours)
            except FieldError as field__error:
                field__error.segments.append("use_business_hours")
                raise

            use_business_hours = componentsschemas_boolean_condition_type_0
        elif isinstance(_use_business_hours, bool):
            use_business_hours = _use_business_hours
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _use_business_hours, "use_business_hours")

        if use_business_hours is UNSET:
            n__absent += 1

        if cls is _plain__class:
            availability_filter = _new__object(cls)
            availability_filter.month = month
            availability_filter.subject_id = subject_id
            availability_filter.subject_type = subject_type
            availability_filter.year = year
            availability_filter.day = day
            availability_filter.duration_period = duration_period
            availability_filter.interval = interval
            availability_filter.location_id = location_id
            availability_filter.quantity = quantity
            availability_filter.starts_at = starts_at
            availability_filter.type_ = type_
            availability_filter.use_business_hours = use_business_hours
        else:
            availability_filter = cls(
                month,
                subject_id,
                subject_type,
                year,
                day,
                duration_period,
                interval,
                location_id,
                quantity,
                starts_at,
                type_,
                use_business_hours,
            )
        if len(d) + n__absent != 12:
            for prop_name in d:
                if prop_name not in {
                    "month",
                    "subject_id",
                    "subject_type",
                    "year",
                    "day",
                    "duration_period",
                    "interval",
                    "location_id",
                    "quantity",
                    "starts_at",
                    "type",
                    "use_business_hours",
                }:
                    raise FieldError(
                        "no such property (AvailabilityFilter allows no others)", None, prop_name, found="one"
                    )
        return availability_filter

    __repr__ = _model__repr


_plain__class: type[AvailabilityFilter] | None = (
    AvailabilityFilter
    if {field.name for field in _attrs_fields(AvailabilityFilter)}
    == {
        "month",
        "subject_id",
        "subject_type",
        "year",
        "day",
        "duration_period",
        "interval",
        "location_id",
        "quantity",
        "starts_at",
        "type_",
        "use_business_hours",
    }
    and not hasattr(AvailabilityFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
