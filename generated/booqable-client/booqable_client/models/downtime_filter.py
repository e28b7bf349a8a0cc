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
from ..models.downtime_reason import DowntimeReason
from ..models.downtime_status import DowntimeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_between_operators import DatetimeBetweenOperators
    from ..models.datetime_compare_operators import DatetimeCompareOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.downtime_reason_operators import DowntimeReasonOperators
    from ..models.downtime_status_operators import DowntimeStatusOperators
    from ..models.hash_operators import HashOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__DatetimeBetweenOperators: Callable[[Mapping[str, Any]], DatetimeBetweenOperators]
_from_dict__DatetimeCompareOperators: Callable[[Mapping[str, Any]], DatetimeCompareOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__DowntimeReasonOperators: Callable[[Mapping[str, Any]], DowntimeReasonOperators]
_from_dict__DowntimeStatusOperators: Callable[[Mapping[str, Any]], DowntimeStatusOperators]
_from_dict__HashOperators: Callable[[Mapping[str, Any]], HashOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__StringOperators: Callable[[Mapping[str, Any]], StringOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeBetweenOperators, DatetimeCompareOperators, DatetimeOperators, DowntimeReasonOperators, DowntimeStatusOperators, HashOperators, IntegerOperators, StringEqualOperators, StringOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__DatetimeBetweenOperators, _from_dict__DatetimeCompareOperators, _from_dict__DatetimeOperators, _from_dict__DowntimeReasonOperators, _from_dict__DowntimeStatusOperators, _from_dict__HashOperators, _from_dict__IntegerOperators, _from_dict__StringEqualOperators, _from_dict__StringOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.datetime_between_operators import DatetimeBetweenOperators  # noqa: PLC0415
    from ..models.datetime_compare_operators import DatetimeCompareOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.downtime_reason_operators import DowntimeReasonOperators  # noqa: PLC0415
    from ..models.downtime_status_operators import DowntimeStatusOperators  # noqa: PLC0415
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__DatetimeBetweenOperators = DatetimeBetweenOperators.from_dict
    _from_dict__DatetimeCompareOperators = DatetimeCompareOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__DowntimeReasonOperators = DowntimeReasonOperators.from_dict
    _from_dict__DowntimeStatusOperators = DowntimeStatusOperators.from_dict
    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__StringOperators = StringOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DowntimeFilter")


def _parse__created_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


def _parse__id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__location_id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__product_group_id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__product_id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__range_(data: object) -> dict[str, Any] | HashOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[dict[str, Any] | HashOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_hash_condition_type_0 = _from_dict__HashOperators(data)

                if choice.take(componentsschemas_hash_condition_type_0):
                    return componentsschemas_hash_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            return data
    return choice.result("one of object (HashOperators), object", data)


def _parse__reason(
    data: object,
) -> DowntimeReason | Literal["maintenance", "missing", "repair"] | DowntimeReasonOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[DowntimeReason | Literal["maintenance", "missing", "repair"] | DowntimeReasonOperators | Unset] = (
        Choice()
    )
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_downtime_reason_condition_type_0 = _from_dict__DowntimeReasonOperators(data)

                if choice.take(componentsschemas_downtime_reason_condition_type_0):
                    return componentsschemas_downtime_reason_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_downtime_reason_condition_type_1 = data
                if type(_componentsschemas_downtime_reason_condition_type_1) is str:
                    componentsschemas_downtime_reason_condition_type_1 = DowntimeReason._by__value.get(
                        _componentsschemas_downtime_reason_condition_type_1
                    ) or DowntimeReason(_componentsschemas_downtime_reason_condition_type_1)
                elif isinstance(_componentsschemas_downtime_reason_condition_type_1, str):
                    componentsschemas_downtime_reason_condition_type_1 = DowntimeReason(
                        _componentsschemas_downtime_reason_condition_type_1
                    )
                else:
                    raise FieldError("string (DowntimeReason)", _componentsschemas_downtime_reason_condition_type_1)

                if choice.take(componentsschemas_downtime_reason_condition_type_1):
                    return componentsschemas_downtime_reason_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DowntimeReasonOperators), string (DowntimeReason)", data)


def _parse__start_or_stop_time(data: object) -> datetime.datetime | DatetimeBetweenOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeBetweenOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_between_condition_type_0 = _from_dict__DatetimeBetweenOperators(data)

                if choice.take(componentsschemas_datetime_between_condition_type_0):
                    return componentsschemas_datetime_between_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_between_condition_type_1 = data
                try:
                    componentsschemas_datetime_between_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_between_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_between_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_between_condition_type_1):
                    return componentsschemas_datetime_between_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeBetweenOperators), date-time string", data)


def _parse__starts_at(data: object) -> datetime.datetime | DatetimeCompareOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeCompareOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_compare_condition_type_0 = _from_dict__DatetimeCompareOperators(data)

                if choice.take(componentsschemas_datetime_compare_condition_type_0):
                    return componentsschemas_datetime_compare_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_compare_condition_type_1 = data
                try:
                    componentsschemas_datetime_compare_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_compare_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_compare_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_compare_condition_type_1):
                    return componentsschemas_datetime_compare_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeCompareOperators), date-time string", data)


def _parse__status(
    data: object,
) -> DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | DowntimeStatusOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[
        DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | DowntimeStatusOperators | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_downtime_status_condition_type_0 = _from_dict__DowntimeStatusOperators(data)

                if choice.take(componentsschemas_downtime_status_condition_type_0):
                    return componentsschemas_downtime_status_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_downtime_status_condition_type_1 = data
                if type(_componentsschemas_downtime_status_condition_type_1) is str:
                    componentsschemas_downtime_status_condition_type_1 = DowntimeStatus._by__value.get(
                        _componentsschemas_downtime_status_condition_type_1
                    ) or DowntimeStatus(_componentsschemas_downtime_status_condition_type_1)
                elif isinstance(_componentsschemas_downtime_status_condition_type_1, str):
                    componentsschemas_downtime_status_condition_type_1 = DowntimeStatus(
                        _componentsschemas_downtime_status_condition_type_1
                    )
                else:
                    raise FieldError("string (DowntimeStatus)", _componentsschemas_downtime_status_condition_type_1)

                if choice.take(componentsschemas_downtime_status_condition_type_1):
                    return componentsschemas_downtime_status_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DowntimeStatusOperators), string (DowntimeStatus)", data)


def _parse__stock_item_id(data: object) -> Unset | UUID | UuidOperators:
    if isinstance(data, Unset):
        return data
    choice: Choice[Unset | UUID | UuidOperators] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_uuid_condition_type_0 = _from_dict__UuidOperators(data)

                if choice.take(componentsschemas_uuid_condition_type_0):
                    return componentsschemas_uuid_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_uuid_condition_type_1 = data
                try:
                    componentsschemas_uuid_condition_type_1 = parse_uuid(_componentsschemas_uuid_condition_type_1)
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("UUID", _componentsschemas_uuid_condition_type_1) from None

                if choice.take(componentsschemas_uuid_condition_type_1):
                    return componentsschemas_uuid_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (UuidOperators), UUID string", data)


def _parse__stops_at(data: object) -> datetime.datetime | DatetimeCompareOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeCompareOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_compare_condition_type_0 = _from_dict__DatetimeCompareOperators(data)

                if choice.take(componentsschemas_datetime_compare_condition_type_0):
                    return componentsschemas_datetime_compare_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_compare_condition_type_1 = data
                try:
                    componentsschemas_datetime_compare_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_compare_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable(
                        "date-time", _componentsschemas_datetime_compare_condition_type_1
                    ) from None

                if choice.take(componentsschemas_datetime_compare_condition_type_1):
                    return componentsschemas_datetime_compare_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeCompareOperators), date-time string", data)


def _parse__updated_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[datetime.datetime | DatetimeOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_datetime_condition_type_0 = _from_dict__DatetimeOperators(data)

                if choice.take(componentsschemas_datetime_condition_type_0):
                    return componentsschemas_datetime_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_datetime_condition_type_1 = data
                try:
                    componentsschemas_datetime_condition_type_1 = _datetime__parse(
                        _componentsschemas_datetime_condition_type_1
                    )
                except (TypeError, ValueError, AttributeError):
                    raise FieldError.unparsable("date-time", _componentsschemas_datetime_condition_type_1) from None

                if choice.take(componentsschemas_datetime_condition_type_1):
                    return componentsschemas_datetime_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (DatetimeOperators), date-time string", data)


@_attrs_define
class DowntimeFilter:
    """Filters for downtimes: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            attention_required (str | StringEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            item_type (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            location_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_group_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            product_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_ids (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            quantity (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            range_ (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            reason (DowntimeReason | Literal["maintenance", "missing", "repair"] | DowntimeReasonOperators | Unset): A
                filter on a `DowntimeReason` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            reasons (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            start_or_stop_time (datetime.datetime | DatetimeBetweenOperators | Unset): A filter on one attribute: either an
                object of operators, or a bare value as shorthand for `eq`.
            starts_at (datetime.datetime | DatetimeCompareOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            status (DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | DowntimeStatusOperators |
                Unset): A filter on a `DowntimeStatus` attribute: either an object of operators, or a bare value as shorthand
                for `eq`.
            stock_item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            stops_at (datetime.datetime | DatetimeCompareOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    attention_required: str | StringEqualOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    item_type: str | StringEqualOperators | Unset = UNSET
    location_id: Unset | UUID | UuidOperators = UNSET
    product_group_id: Unset | UUID | UuidOperators = UNSET
    product_id: Unset | UUID | UuidOperators = UNSET
    product_ids: str | StringEqualOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    quantity: int | IntegerOperators | Unset = UNSET
    range_: dict[str, Any] | HashOperators | Unset = UNSET
    reason: DowntimeReason | Literal["maintenance", "missing", "repair"] | DowntimeReasonOperators | Unset = UNSET
    reasons: str | StringOperators | Unset = UNSET
    start_or_stop_time: datetime.datetime | DatetimeBetweenOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeCompareOperators | Unset = UNSET
    status: DowntimeStatus | Literal["canceled", "reserved", "started", "stopped"] | DowntimeStatusOperators | Unset = (
        UNSET
    )
    stock_item_id: Unset | UUID | UuidOperators = UNSET
    stops_at: datetime.datetime | DatetimeCompareOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        attention_required: dict[str, Any] | str | Unset
        if isinstance(self.attention_required, Unset):
            attention_required = UNSET
        elif isinstance(self.attention_required, StringEqualOperators):
            attention_required = self.attention_required.to_dict()
        else:
            attention_required = self.attention_required
        if attention_required is not UNSET:
            field_dict["attention_required"] = attention_required
        created_at: dict[str, Any] | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, DatetimeOperators):
            created_at = self.created_at.to_dict()
        else:
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        item_type: dict[str, Any] | str | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        elif isinstance(self.item_type, StringEqualOperators):
            item_type = self.item_type.to_dict()
        else:
            item_type = self.item_type
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        location_id: dict[str, Any] | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UuidOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        product_group_id: dict[str, Any] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, UuidOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = str(self.product_group_id)

        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        product_id: dict[str, Any] | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, UuidOperators):
            product_id = self.product_id.to_dict()
        else:
            product_id = str(self.product_id)

        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        product_ids: dict[str, Any] | str | Unset
        if isinstance(self.product_ids, Unset):
            product_ids = UNSET
        elif isinstance(self.product_ids, StringEqualOperators):
            product_ids = self.product_ids.to_dict()
        else:
            product_ids = self.product_ids
        if product_ids is not UNSET:
            field_dict["product_ids"] = product_ids
        q: dict[str, Any] | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        elif isinstance(self.q, StringEqualOperators):
            q = self.q.to_dict()
        else:
            q = self.q
        if q is not UNSET:
            field_dict["q"] = q
        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        range_: dict[str, Any] | Unset
        if isinstance(self.range_, Unset):
            range_ = UNSET
        elif isinstance(self.range_, HashOperators):
            range_ = self.range_.to_dict()
        else:
            range_ = self.range_
        if range_ is not UNSET:
            field_dict["range"] = range_
        reason: dict[str, Any] | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, DowntimeReasonOperators):
            reason = self.reason.to_dict()
        else:
            reason = DowntimeReason(self.reason).value

        if reason is not UNSET:
            field_dict["reason"] = reason
        reasons: dict[str, Any] | str | Unset
        if isinstance(self.reasons, Unset):
            reasons = UNSET
        elif isinstance(self.reasons, StringOperators):
            reasons = self.reasons.to_dict()
        else:
            reasons = self.reasons
        if reasons is not UNSET:
            field_dict["reasons"] = reasons
        start_or_stop_time: dict[str, Any] | str | Unset
        if isinstance(self.start_or_stop_time, Unset):
            start_or_stop_time = UNSET
        elif isinstance(self.start_or_stop_time, DatetimeBetweenOperators):
            start_or_stop_time = self.start_or_stop_time.to_dict()
        else:
            start_or_stop_time = (
                self.start_or_stop_time.isoformat().replace("+00:00", "Z")
                if self.start_or_stop_time.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeBetweenCondition_type_1")
            )

        if start_or_stop_time is not UNSET:
            field_dict["start_or_stop_time"] = start_or_stop_time
        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeCompareOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCompareCondition_type_1")
            )

        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DowntimeStatusOperators):
            status = self.status.to_dict()
        else:
            status = DowntimeStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
        stock_item_id: dict[str, Any] | str | Unset
        if isinstance(self.stock_item_id, Unset):
            stock_item_id = UNSET
        elif isinstance(self.stock_item_id, UuidOperators):
            stock_item_id = self.stock_item_id.to_dict()
        else:
            stock_item_id = str(self.stock_item_id)

        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        stops_at: dict[str, Any] | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, DatetimeCompareOperators):
            stops_at = self.stops_at.to_dict()
        else:
            stops_at = (
                self.stops_at.isoformat().replace("+00:00", "Z")
                if self.stops_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCompareCondition_type_1")
            )

        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
        updated_at: dict[str, Any] | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, DatetimeOperators):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DowntimeFilter)", d)
            d = dict(d)
        n__absent = 0
        _attention_required = d.get("attention_required", UNSET)
        attention_required: str | StringEqualOperators | Unset
        if _attention_required is UNSET:
            attention_required = _attention_required
        elif isinstance(_attention_required, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_attention_required)
            except FieldError as field__error:
                field__error.segments.append("attention_required")
                raise

            attention_required = componentsschemas_string_equal_condition_type_0
        elif isinstance(_attention_required, str):
            attention_required = _attention_required
        else:
            raise FieldError("one of object (StringEqualOperators), string", _attention_required, "attention_required")

        if attention_required is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _item_type = d.get("item_type", UNSET)
        item_type: str | StringEqualOperators | Unset
        if _item_type is UNSET:
            item_type = _item_type
        elif isinstance(_item_type, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_item_type)
            except FieldError as field__error:
                field__error.segments.append("item_type")
                raise

            item_type = componentsschemas_string_equal_condition_type_0
        elif isinstance(_item_type, str):
            item_type = _item_type
        else:
            raise FieldError("one of object (StringEqualOperators), string", _item_type, "item_type")

        if item_type is UNSET:
            n__absent += 1

        try:
            location_id = _parse__location_id(d.get("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        if location_id is UNSET:
            n__absent += 1

        try:
            product_group_id = _parse__product_group_id(d.get("product_group_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_group_id")
            raise

        if product_group_id is UNSET:
            n__absent += 1

        try:
            product_id = _parse__product_id(d.get("product_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_id")
            raise

        if product_id is UNSET:
            n__absent += 1

        _product_ids = d.get("product_ids", UNSET)
        product_ids: str | StringEqualOperators | Unset
        if _product_ids is UNSET:
            product_ids = _product_ids
        elif isinstance(_product_ids, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_product_ids)
            except FieldError as field__error:
                field__error.segments.append("product_ids")
                raise

            product_ids = componentsschemas_string_equal_condition_type_0
        elif isinstance(_product_ids, str):
            product_ids = _product_ids
        else:
            raise FieldError("one of object (StringEqualOperators), string", _product_ids, "product_ids")

        if product_ids is UNSET:
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

        _quantity = d.get("quantity", UNSET)
        quantity: int | IntegerOperators | Unset
        if _quantity is UNSET:
            quantity = _quantity
        elif isinstance(_quantity, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_quantity)
            except FieldError as field__error:
                field__error.segments.append("quantity")
                raise

            quantity = componentsschemas_integer_condition_type_0
        elif isinstance(_quantity, int) and _quantity is not True and _quantity is not False:
            quantity = _quantity
        else:
            raise FieldError("one of object (IntegerOperators), integer", _quantity, "quantity")

        if quantity is UNSET:
            n__absent += 1

        try:
            range_ = _parse__range_(d.get("range", UNSET))
        except FieldError as field__error:
            field__error.segments.append("range")
            raise

        if range_ is UNSET:
            n__absent += 1

        try:
            reason = _parse__reason(d.get("reason", UNSET))
        except FieldError as field__error:
            field__error.segments.append("reason")
            raise

        if reason is UNSET:
            n__absent += 1

        _reasons = d.get("reasons", UNSET)
        reasons: str | StringOperators | Unset
        if _reasons is UNSET:
            reasons = _reasons
        elif isinstance(_reasons, dict):
            try:
                componentsschemas_string_condition_type_0 = _from_dict__StringOperators(_reasons)
            except FieldError as field__error:
                field__error.segments.append("reasons")
                raise

            reasons = componentsschemas_string_condition_type_0
        elif isinstance(_reasons, str):
            reasons = _reasons
        else:
            raise FieldError("one of object (StringOperators), string", _reasons, "reasons")

        if reasons is UNSET:
            n__absent += 1

        try:
            start_or_stop_time = _parse__start_or_stop_time(d.get("start_or_stop_time", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_or_stop_time")
            raise

        if start_or_stop_time is UNSET:
            n__absent += 1

        try:
            starts_at = _parse__starts_at(d.get("starts_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("starts_at")
            raise

        if starts_at is UNSET:
            n__absent += 1

        try:
            status = _parse__status(d.get("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        if status is UNSET:
            n__absent += 1

        try:
            stock_item_id = _parse__stock_item_id(d.get("stock_item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stock_item_id")
            raise

        if stock_item_id is UNSET:
            n__absent += 1

        try:
            stops_at = _parse__stops_at(d.get("stops_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stops_at")
            raise

        if stops_at is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            downtime_filter = _new__object(cls)
            downtime_filter.attention_required = attention_required
            downtime_filter.created_at = created_at
            downtime_filter.id = id
            downtime_filter.item_type = item_type
            downtime_filter.location_id = location_id
            downtime_filter.product_group_id = product_group_id
            downtime_filter.product_id = product_id
            downtime_filter.product_ids = product_ids
            downtime_filter.q = q
            downtime_filter.quantity = quantity
            downtime_filter.range_ = range_
            downtime_filter.reason = reason
            downtime_filter.reasons = reasons
            downtime_filter.start_or_stop_time = start_or_stop_time
            downtime_filter.starts_at = starts_at
            downtime_filter.status = status
            downtime_filter.stock_item_id = stock_item_id
            downtime_filter.stops_at = stops_at
            downtime_filter.updated_at = updated_at
        else:
            downtime_filter = cls(
                attention_required,
                created_at,
                id,
                item_type,
                location_id,
                product_group_id,
                product_id,
                product_ids,
                q,
                quantity,
                range_,
                reason,
                reasons,
                start_or_stop_time,
                starts_at,
                status,
                stock_item_id,
                stops_at,
                updated_at,
            )
        if len(d) + n__absent != 19:
            for prop_name in d:
                if prop_name not in {
                    "attention_required",
                    "created_at",
                    "id",
                    "item_type",
                    "location_id",
                    "product_group_id",
                    "product_id",
                    "product_ids",
                    "q",
                    "quantity",
                    "range",
                    "reason",
                    "reasons",
                    "start_or_stop_time",
                    "starts_at",
                    "status",
                    "stock_item_id",
                    "stops_at",
                    "updated_at",
                }:
                    raise FieldError("no such property (DowntimeFilter allows no others)", None, prop_name, found="one")
        return downtime_filter

    __repr__ = _model__repr


_plain__class: type[DowntimeFilter] | None = (
    DowntimeFilter
    if {field.name for field in _attrs_fields(DowntimeFilter)}
    == {
        "attention_required",
        "created_at",
        "id",
        "item_type",
        "location_id",
        "product_group_id",
        "product_id",
        "product_ids",
        "q",
        "quantity",
        "range_",
        "reason",
        "reasons",
        "start_or_stop_time",
        "starts_at",
        "status",
        "stock_item_id",
        "stops_at",
        "updated_at",
    }
    and not hasattr(DowntimeFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
