from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.integer_equal_operators import IntegerEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BooleanOperators, DatetimeEqualOperators, IntegerEqualOperators, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.integer_equal_operators import IntegerEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="AvailabilityFilter")


@_attrs_define
class AvailabilityFilter:
    """Filters for availabilities: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `month`, `subject_id`, `subject_type`, `year` must be given.

        Attributes:
            month (int | IntegerEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            subject_id (UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            subject_type (str | StringEqualOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
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
    subject_type: str | StringEqualOperators
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
        month: dict[str, Any] | int
        if isinstance(self.month, IntegerEqualOperators):
            month = self.month.to_dict()
        else:
            month = self.month

        subject_id: dict[str, Any] | str
        if isinstance(self.subject_id, UuidEqualOperators):
            subject_id = self.subject_id.to_dict()
        else:
            subject_id = str(self.subject_id)

        subject_type: dict[str, Any] | str
        if isinstance(self.subject_type, StringEqualOperators):
            subject_type = self.subject_type.to_dict()
        else:
            subject_type = self.subject_type

        year: dict[str, Any] | int
        if isinstance(self.year, IntegerEqualOperators):
            year = self.year.to_dict()
        else:
            year = self.year

        day: dict[str, Any] | int | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        elif isinstance(self.day, IntegerEqualOperators):
            day = self.day.to_dict()
        else:
            day = self.day

        duration_period: dict[str, Any] | str | Unset
        if isinstance(self.duration_period, Unset):
            duration_period = UNSET
        elif isinstance(self.duration_period, StringEqualOperators):
            duration_period = self.duration_period.to_dict()
        else:
            duration_period = self.duration_period

        interval: dict[str, Any] | int | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, IntegerEqualOperators):
            interval = self.interval.to_dict()
        else:
            interval = self.interval

        location_id: dict[str, Any] | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UuidEqualOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerEqualOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity

        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeEqualOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        type_: dict[str, Any] | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, StringEqualOperators):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        use_business_hours: bool | dict[str, Any] | Unset
        if isinstance(self.use_business_hours, Unset):
            use_business_hours = UNSET
        elif isinstance(self.use_business_hours, BooleanOperators):
            use_business_hours = self.use_business_hours.to_dict()
        else:
            use_business_hours = self.use_business_hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "month": month,
                "subject_id": subject_id,
                "subject_type": subject_type,
                "year": year,
            }
        )
        if day is not UNSET:
            field_dict["day"] = day
        if duration_period is not UNSET:
            field_dict["duration_period"] = duration_period
        if interval is not UNSET:
            field_dict["interval"] = interval
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if use_business_hours is not UNSET:
            field_dict["use_business_hours"] = use_business_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AvailabilityFilter)", src_dict)
        d = dict(src_dict)

        def _parse_month(data: object) -> int | IntegerEqualOperators:
            choice: Choice[int | IntegerEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            month = _parse_month(d.pop("month", UNSET))
        except FieldError as field__error:
            field__error.segments.append("month")
            raise

        def _parse_subject_id(data: object) -> UUID | UuidEqualOperators:
            choice: Choice[UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            subject_id = _parse_subject_id(d.pop("subject_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("subject_id")
            raise

        def _parse_subject_type(data: object) -> str | StringEqualOperators:
            choice: Choice[str | StringEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            subject_type = _parse_subject_type(d.pop("subject_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("subject_type")
            raise

        def _parse_year(data: object) -> int | IntegerEqualOperators:
            choice: Choice[int | IntegerEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            year = _parse_year(d.pop("year", UNSET))
        except FieldError as field__error:
            field__error.segments.append("year")
            raise

        def _parse_day(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            day = _parse_day(d.pop("day", UNSET))
        except FieldError as field__error:
            field__error.segments.append("day")
            raise

        def _parse_duration_period(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            duration_period = _parse_duration_period(d.pop("duration_period", UNSET))
        except FieldError as field__error:
            field__error.segments.append("duration_period")
            raise

        def _parse_interval(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            interval = _parse_interval(d.pop("interval", UNSET))
        except FieldError as field__error:
            field__error.segments.append("interval")
            raise

        def _parse_location_id(data: object) -> Unset | UUID | UuidEqualOperators:
            if isinstance(data, Unset):
                return data
            choice: Choice[Unset | UUID | UuidEqualOperators] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_uuid_equal_condition_type_0 = UuidEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_uuid_equal_condition_type_0):
                            return componentsschemas_uuid_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_uuid_equal_condition_type_1 = data
                        try:
                            componentsschemas_uuid_equal_condition_type_1 = UUID(
                                _componentsschemas_uuid_equal_condition_type_1
                            )
                        except (TypeError, ValueError, AttributeError):
                            raise FieldError.unparsable(
                                "UUID", _componentsschemas_uuid_equal_condition_type_1
                            ) from None

                        if choice.take(componentsschemas_uuid_equal_condition_type_1):
                            return componentsschemas_uuid_equal_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (UuidEqualOperators), UUID string", data)

        try:
            location_id = _parse_location_id(d.pop("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        def _parse_quantity(data: object) -> int | IntegerEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | IntegerEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_integer_equal_condition_type_0 = IntegerEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_integer_equal_condition_type_0):
                            return componentsschemas_integer_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, int) and data is not True and data is not False:
                    return data
            return choice.result("one of object (IntegerEqualOperators), integer", data)

        try:
            quantity = _parse_quantity(d.pop("quantity", UNSET))
        except FieldError as field__error:
            field__error.segments.append("quantity")
            raise

        def _parse_starts_at(data: object) -> datetime.datetime | DatetimeEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[datetime.datetime | DatetimeEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_datetime_equal_condition_type_0 = DatetimeEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_datetime_equal_condition_type_0):
                            return componentsschemas_datetime_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    try:
                        _componentsschemas_datetime_equal_condition_type_1 = data
                        try:
                            componentsschemas_datetime_equal_condition_type_1 = datetime.datetime.fromisoformat(
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

        try:
            starts_at = _parse_starts_at(d.pop("starts_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("starts_at")
            raise

        def _parse_type_(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            type_ = _parse_type_(d.pop("type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("type")
            raise

        def _parse_use_business_hours(data: object) -> bool | BooleanOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[bool | BooleanOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_boolean_condition_type_0 = BooleanOperators.from_dict(data)

                        if choice.take(componentsschemas_boolean_condition_type_0):
                            return componentsschemas_boolean_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, bool):
                    return data
            return choice.result("one of object (BooleanOperators), boolean", data)

        try:
            use_business_hours = _parse_use_business_hours(d.pop("use_business_hours", UNSET))
        except FieldError as field__error:
            field__error.segments.append("use_business_hours")
            raise

        availability_filter = cls(
            month=month,
            subject_id=subject_id,
            subject_type=subject_type,
            year=year,
            day=day,
            duration_period=duration_period,
            interval=interval,
            location_id=location_id,
            quantity=quantity,
            starts_at=starts_at,
            type_=type_,
            use_business_hours=use_business_hours,
        )

        if d:
            raise FieldError("no such property (AvailabilityFilter allows no others)", None, next(iter(d)), found="one")
        return availability_filter
