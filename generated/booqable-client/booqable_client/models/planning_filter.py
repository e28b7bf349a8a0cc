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
from ..models.planning_kind import PlanningKind
from ..models.rental_status import RentalStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.planning_kind_operators import PlanningKindOperators
    from ..models.rental_status_equal_operators import RentalStatusEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__PlanningKindOperators: Callable[[Mapping[str, Any]], PlanningKindOperators]
_from_dict__RentalStatusEqualOperators: Callable[[Mapping[str, Any]], RentalStatusEqualOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__StringOperators: Callable[[Mapping[str, Any]], StringOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, IntegerOperators, PlanningKindOperators, RentalStatusEqualOperators, StringEqualOperators, StringOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__PlanningKindOperators, _from_dict__RentalStatusEqualOperators, _from_dict__StringEqualOperators, _from_dict__StringOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.planning_kind_operators import PlanningKindOperators  # noqa: PLC0415
    from ..models.rental_status_equal_operators import RentalStatusEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__PlanningKindOperators = PlanningKindOperators.from_dict
    _from_dict__RentalStatusEqualOperators = RentalStatusEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__StringOperators = StringOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="PlanningFilter")


def _parse__archived_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__downtime_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__item_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__order_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__parent_planning_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__planning_type(data: object) -> PlanningKind | Literal["downtime", "order"] | PlanningKindOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[PlanningKind | Literal["downtime", "order"] | PlanningKindOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_planning_kind_condition_type_0 = _from_dict__PlanningKindOperators(data)

                if choice.take(componentsschemas_planning_kind_condition_type_0):
                    return componentsschemas_planning_kind_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_planning_kind_condition_type_1 = data
                if type(_componentsschemas_planning_kind_condition_type_1) is str:
                    componentsschemas_planning_kind_condition_type_1 = PlanningKind._by__value.get(
                        _componentsschemas_planning_kind_condition_type_1
                    ) or PlanningKind(_componentsschemas_planning_kind_condition_type_1)
                elif isinstance(_componentsschemas_planning_kind_condition_type_1, str):
                    componentsschemas_planning_kind_condition_type_1 = PlanningKind(
                        _componentsschemas_planning_kind_condition_type_1
                    )
                else:
                    raise FieldError("string (PlanningKind)", _componentsschemas_planning_kind_condition_type_1)

                if choice.take(componentsschemas_planning_kind_condition_type_1):
                    return componentsschemas_planning_kind_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (PlanningKindOperators), string (PlanningKind)", data)


def _parse__reserved_from(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__reserved_till(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__start_location_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__starts_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__status(
    data: object,
) -> (
    RentalStatus
    | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started", "stopped"]
    | RentalStatusEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        RentalStatus
        | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started", "stopped"]
        | RentalStatusEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_rental_status_equal_condition_type_0 = _from_dict__RentalStatusEqualOperators(data)

                if choice.take(componentsschemas_rental_status_equal_condition_type_0):
                    return componentsschemas_rental_status_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_rental_status_equal_condition_type_1 = data
                if type(_componentsschemas_rental_status_equal_condition_type_1) is str:
                    componentsschemas_rental_status_equal_condition_type_1 = RentalStatus._by__value.get(
                        _componentsschemas_rental_status_equal_condition_type_1
                    ) or RentalStatus(_componentsschemas_rental_status_equal_condition_type_1)
                elif isinstance(_componentsschemas_rental_status_equal_condition_type_1, str):
                    componentsschemas_rental_status_equal_condition_type_1 = RentalStatus(
                        _componentsschemas_rental_status_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (RentalStatus)", _componentsschemas_rental_status_equal_condition_type_1)

                if choice.take(componentsschemas_rental_status_equal_condition_type_1):
                    return componentsschemas_rental_status_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (RentalStatusEqualOperators), string (RentalStatus)", data)


def _parse__stop_location_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__stops_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
class PlanningFilter:
    """Filters for plannings: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            downtime_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            item_type (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            location_shortage_amount (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            order_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            parent_planning_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            planning_type (PlanningKind | Literal["downtime", "order"] | PlanningKindOperators | Unset): A filter on a
                `PlanningKind` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            product_type (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            quantity (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            reserved (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            reserved_from (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            reserved_till (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            shortage_amount (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            start_location_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            started (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            starts_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            status (RentalStatus | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started",
                "stopped"] | RentalStatusEqualOperators | Unset): A filter on a `RentalStatus` attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            stop_location_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            stopped (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            stops_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    downtime_id: Unset | UUID | UuidOperators = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    item_id: Unset | UUID | UuidOperators = UNSET
    item_type: str | StringOperators | Unset = UNSET
    location_shortage_amount: int | IntegerOperators | Unset = UNSET
    order_id: Unset | UUID | UuidOperators = UNSET
    parent_planning_id: Unset | UUID | UuidOperators = UNSET
    planning_type: PlanningKind | Literal["downtime", "order"] | PlanningKindOperators | Unset = UNSET
    product_type: str | StringOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    quantity: int | IntegerOperators | Unset = UNSET
    reserved: bool | BooleanOperators | Unset = UNSET
    reserved_from: datetime.datetime | DatetimeOperators | Unset = UNSET
    reserved_till: datetime.datetime | DatetimeOperators | Unset = UNSET
    shortage_amount: int | IntegerOperators | Unset = UNSET
    start_location_id: Unset | UUID | UuidOperators = UNSET
    started: int | IntegerOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    status: (
        RentalStatus
        | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started", "stopped"]
        | RentalStatusEqualOperators
        | Unset
    ) = UNSET
    stop_location_id: Unset | UUID | UuidOperators = UNSET
    stopped: int | IntegerOperators | Unset = UNSET
    stops_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        archived: bool | dict[str, Any] | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        elif isinstance(self.archived, BooleanOperators):
            archived = self.archived.to_dict()
        else:
            archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: dict[str, Any] | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, DatetimeOperators):
            archived_at = self.archived_at.to_dict()
        else:
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
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
        downtime_id: dict[str, Any] | str | Unset
        if isinstance(self.downtime_id, Unset):
            downtime_id = UNSET
        elif isinstance(self.downtime_id, UuidOperators):
            downtime_id = self.downtime_id.to_dict()
        else:
            downtime_id = str(self.downtime_id)

        if downtime_id is not UNSET:
            field_dict["downtime_id"] = downtime_id
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        item_id: dict[str, Any] | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UuidOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        item_type: dict[str, Any] | str | Unset
        if isinstance(self.item_type, Unset):
            item_type = UNSET
        elif isinstance(self.item_type, StringOperators):
            item_type = self.item_type.to_dict()
        else:
            item_type = self.item_type
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        location_shortage_amount: dict[str, Any] | int | Unset
        if isinstance(self.location_shortage_amount, Unset):
            location_shortage_amount = UNSET
        elif isinstance(self.location_shortage_amount, IntegerOperators):
            location_shortage_amount = self.location_shortage_amount.to_dict()
        else:
            location_shortage_amount = self.location_shortage_amount
        if location_shortage_amount is not UNSET:
            field_dict["location_shortage_amount"] = location_shortage_amount
        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        parent_planning_id: dict[str, Any] | str | Unset
        if isinstance(self.parent_planning_id, Unset):
            parent_planning_id = UNSET
        elif isinstance(self.parent_planning_id, UuidOperators):
            parent_planning_id = self.parent_planning_id.to_dict()
        else:
            parent_planning_id = str(self.parent_planning_id)

        if parent_planning_id is not UNSET:
            field_dict["parent_planning_id"] = parent_planning_id
        planning_type: dict[str, Any] | str | Unset
        if isinstance(self.planning_type, Unset):
            planning_type = UNSET
        elif isinstance(self.planning_type, PlanningKindOperators):
            planning_type = self.planning_type.to_dict()
        else:
            planning_type = PlanningKind(self.planning_type).value

        if planning_type is not UNSET:
            field_dict["planning_type"] = planning_type
        product_type: dict[str, Any] | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        elif isinstance(self.product_type, StringOperators):
            product_type = self.product_type.to_dict()
        else:
            product_type = self.product_type
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
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
        reserved: bool | dict[str, Any] | Unset
        if isinstance(self.reserved, Unset):
            reserved = UNSET
        elif isinstance(self.reserved, BooleanOperators):
            reserved = self.reserved.to_dict()
        else:
            reserved = self.reserved
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        reserved_from: dict[str, Any] | str | Unset
        if isinstance(self.reserved_from, Unset):
            reserved_from = UNSET
        elif isinstance(self.reserved_from, DatetimeOperators):
            reserved_from = self.reserved_from.to_dict()
        else:
            reserved_from = (
                self.reserved_from.isoformat().replace("+00:00", "Z")
                if self.reserved_from.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if reserved_from is not UNSET:
            field_dict["reserved_from"] = reserved_from
        reserved_till: dict[str, Any] | str | Unset
        if isinstance(self.reserved_till, Unset):
            reserved_till = UNSET
        elif isinstance(self.reserved_till, DatetimeOperators):
            reserved_till = self.reserved_till.to_dict()
        else:
            reserved_till = (
                self.reserved_till.isoformat().replace("+00:00", "Z")
                if self.reserved_till.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if reserved_till is not UNSET:
            field_dict["reserved_till"] = reserved_till
        shortage_amount: dict[str, Any] | int | Unset
        if isinstance(self.shortage_amount, Unset):
            shortage_amount = UNSET
        elif isinstance(self.shortage_amount, IntegerOperators):
            shortage_amount = self.shortage_amount.to_dict()
        else:
            shortage_amount = self.shortage_amount
        if shortage_amount is not UNSET:
            field_dict["shortage_amount"] = shortage_amount
        start_location_id: dict[str, Any] | str | Unset
        if isinstance(self.start_location_id, Unset):
            start_location_id = UNSET
        elif isinstance(self.start_location_id, UuidOperators):
            start_location_id = self.start_location_id.to_dict()
        else:
            start_location_id = str(self.start_location_id)

        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        started: dict[str, Any] | int | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        elif isinstance(self.started, IntegerOperators):
            started = self.started.to_dict()
        else:
            started = self.started
        if started is not UNSET:
            field_dict["started"] = started
        starts_at: dict[str, Any] | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, DatetimeOperators):
            starts_at = self.starts_at.to_dict()
        else:
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        status: dict[str, Any] | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RentalStatusEqualOperators):
            status = self.status.to_dict()
        else:
            status = RentalStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
        stop_location_id: dict[str, Any] | str | Unset
        if isinstance(self.stop_location_id, Unset):
            stop_location_id = UNSET
        elif isinstance(self.stop_location_id, UuidOperators):
            stop_location_id = self.stop_location_id.to_dict()
        else:
            stop_location_id = str(self.stop_location_id)

        if stop_location_id is not UNSET:
            field_dict["stop_location_id"] = stop_location_id
        stopped: dict[str, Any] | int | Unset
        if isinstance(self.stopped, Unset):
            stopped = UNSET
        elif isinstance(self.stopped, IntegerOperators):
            stopped = self.stopped.to_dict()
        else:
            stopped = self.stopped
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        stops_at: dict[str, Any] | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, DatetimeOperators):
            stops_at = self.stops_at.to_dict()
        else:
            stops_at = (
                self.stops_at.isoformat().replace("+00:00", "Z")
                if self.stops_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
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
                raise FieldError("object (PlanningFilter)", d)
            d = dict(d)
        n__absent = 0
        _archived = d.get("archived", UNSET)
        archived: bool | BooleanOperators | Unset
        if _archived is UNSET:
            archived = _archived
        elif isinstance(_archived, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_archived)
            except FieldError as field__error:
                field__error.segments.append("archived")
                raise

            archived = componentsschemas_boolean_condition_type_0
        elif isinstance(_archived, bool):
            archived = _archived
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _archived, "archived")

        if archived is UNSET:
            n__absent += 1

        try:
            archived_at = _parse__archived_at(d.get("archived_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("archived_at")
            raise

        if archived_at is UNSET:
            n__absent += 1

        try:
            created_at = _parse__created_at(d.get("created_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("created_at")
            raise

        if created_at is UNSET:
            n__absent += 1

        try:
            downtime_id = _parse__downtime_id(d.get("downtime_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("downtime_id")
            raise

        if downtime_id is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        try:
            item_id = _parse__item_id(d.get("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        if item_id is UNSET:
            n__absent += 1

        _item_type = d.get("item_type", UNSET)
        item_type: str | StringOperators | Unset
        if _item_type is UNSET:
            item_type = _item_type
        elif isinstance(_item_type, dict):
            try:
                componentsschemas_string_condition_type_0 = _from_dict__StringOperators(_item_type)
            except FieldError as field__error:
                field__error.segments.append("item_type")
                raise

            item_type = componentsschemas_string_condition_type_0
        elif isinstance(_item_type, str):
            item_type = _item_type
        else:
            raise FieldError("one of object (StringOperators), string", _item_type, "item_type")

        if item_type is UNSET:
            n__absent += 1

        _location_shortage_amount = d.get("location_shortage_amount", UNSET)
        location_shortage_amount: int | IntegerOperators | Unset
        if _location_shortage_amount is UNSET:
            location_shortage_amount = _location_shortage_amount
        elif isinstance(_location_shortage_amount, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_location_shortage_amount)
            except FieldError as field__error:
                field__error.segments.append("location_shortage_amount")
                raise

            location_shortage_amount = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_location_shortage_amount, int)
            and _location_shortage_amount is not True
            and _location_shortage_amount is not False
        ):
            location_shortage_amount = _location_shortage_amount
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _location_shortage_amount, "location_shortage_amount"
            )

        if location_shortage_amount is UNSET:
            n__absent += 1

        try:
            order_id = _parse__order_id(d.get("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        if order_id is UNSET:
            n__absent += 1

        try:
            parent_planning_id = _parse__parent_planning_id(d.get("parent_planning_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("parent_planning_id")
            raise

        if parent_planning_id is UNSET:
            n__absent += 1

        try:
            planning_type = _parse__planning_type(d.get("planning_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("planning_type")
            raise

        if planning_type is UNSET:
            n__absent += 1

        _product_type = d.get("product_type", UNSET)
        product_type: str | StringOperators | Unset
        if _product_type is UNSET:
            product_type = _product_type
        elif isinstance(_product_type, dict):
            try:
                componentsschemas_string_condition_type_0 = _from_dict__StringOperators(_product_type)
            except FieldError as field__error:
                field__error.segments.append("product_type")
                raise

            product_type = componentsschemas_string_condition_type_0
        elif isinstance(_product_type, str):
            product_type = _product_type
        else:
            raise FieldError("one of object (StringOperators), string", _product_type, "product_type")

        if product_type is UNSET:
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

        _reserved = d.get("reserved", UNSET)
        reserved: bool | BooleanOperators | Unset
        if _reserved is UNSET:
            reserved = _reserved
        elif isinstance(_reserved, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_reserved)
            except FieldError as field__error:
                field__error.segments.append("reserved")
                raise

            reserved = componentsschemas_boolean_condition_type_0
        elif isinstance(_reserved, bool):
            reserved = _reserved
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _reserved, "reserved")

        if reserved is UNSET:
            n__absent += 1

        try:
            reserved_from = _parse__reserved_from(d.get("reserved_from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("reserved_from")
            raise

        if reserved_from is UNSET:
            n__absent += 1

        try:
            reserved_till = _parse__reserved_till(d.get("reserved_till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("reserved_till")
            raise

        if reserved_till is UNSET:
            n__absent += 1

        _shortage_amount = d.get("shortage_amount", UNSET)
        shortage_amount: int | IntegerOperators | Unset
        if _shortage_amount is UNSET:
            shortage_amount = _shortage_amount
        elif isinstance(_shortage_amount, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_shortage_amount)
            except FieldError as field__error:
                field__error.segments.append("shortage_amount")
                raise

            shortage_amount = componentsschemas_integer_condition_type_0
        elif isinstance(_shortage_amount, int) and _shortage_amount is not True and _shortage_amount is not False:
            shortage_amount = _shortage_amount
        else:
            raise FieldError("one of object (IntegerOperators), integer", _shortage_amount, "shortage_amount")

        if shortage_amount is UNSET:
            n__absent += 1

        try:
            start_location_id = _parse__start_location_id(d.get("start_location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start_location_id")
            raise

        if start_location_id is UNSET:
            n__absent += 1

        _started = d.get("started", UNSET)
        started: int | IntegerOperators | Unset
        if _started is UNSET:
            started = _started
        elif isinstance(_started, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_started)
            except FieldError as field__error:
                field__error.segments.append("started")
                raise

            started = componentsschemas_integer_condition_type_0
        elif isinstance(_started, int) and _started is not True and _started is not False:
            started = _started
        else:
            raise FieldError("one of object (IntegerOperators), integer", _started, "started")

        if started is UNSET:
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
            stop_location_id = _parse__stop_location_id(d.get("stop_location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stop_location_id")
            raise

        if stop_location_id is UNSET:
            n__absent += 1

        _stopped = d.get("stopped", UNSET)
        stopped: int | IntegerOperators | Unset
        if _stopped is UNSET:
            stopped = _stopped
        elif isinstance(_stopped, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_stopped)
            except FieldError as field__error:
                field__error.segments.append("stopped")
                raise

            stopped = componentsschemas_integer_condition_type_0
        elif isinstance(_stopped, int) and _stopped is not True and _stopped is not False:
            stopped = _stopped
        else:
            raise FieldError("one of object (IntegerOperators), integer", _stopped, "stopped")

        if stopped is UNSET:
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
            planning_filter = _new__object(cls)
            planning_filter.archived = archived
            planning_filter.archived_at = archived_at
            planning_filter.created_at = created_at
            planning_filter.downtime_id = downtime_id
            planning_filter.id = id
            planning_filter.item_id = item_id
            planning_filter.item_type = item_type
            planning_filter.location_shortage_amount = location_shortage_amount
            planning_filter.order_id = order_id
            planning_filter.parent_planning_id = parent_planning_id
            planning_filter.planning_type = planning_type
            planning_filter.product_type = product_type
            planning_filter.q = q
            planning_filter.quantity = quantity
            planning_filter.reserved = reserved
            planning_filter.reserved_from = reserved_from
            planning_filter.reserved_till = reserved_till
            planning_filter.shortage_amount = shortage_amount
            planning_filter.start_location_id = start_location_id
            planning_filter.started = started
            planning_filter.starts_at = starts_at
            planning_filter.status = status
            planning_filter.stop_location_id = stop_location_id
            planning_filter.stopped = stopped
            planning_filter.stops_at = stops_at
            planning_filter.updated_at = updated_at
        else:
            planning_filter = cls(
                archived,
                archived_at,
                created_at,
                downtime_id,
                id,
                item_id,
                item_type,
                location_shortage_amount,
                order_id,
                parent_planning_id,
                planning_type,
                product_type,
                q,
                quantity,
                reserved,
                reserved_from,
                reserved_till,
                shortage_amount,
                start_location_id,
                started,
                starts_at,
                status,
                stop_location_id,
                stopped,
                stops_at,
                updated_at,
            )
        if len(d) + n__absent != 26:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "downtime_id",
                    "id",
                    "item_id",
                    "item_type",
                    "location_shortage_amount",
                    "order_id",
                    "parent_planning_id",
                    "planning_type",
                    "product_type",
                    "q",
                    "quantity",
                    "reserved",
                    "reserved_from",
                    "reserved_till",
                    "shortage_amount",
                    "start_location_id",
                    "started",
                    "starts_at",
                    "status",
                    "stop_location_id",
                    "stopped",
                    "stops_at",
                    "updated_at",
                }:
                    raise FieldError("no such property (PlanningFilter allows no others)", None, prop_name, found="one")
        return planning_filter

    __repr__ = _model__repr


_plain__class: type[PlanningFilter] | None = (
    PlanningFilter
    if {field.name for field in _attrs_fields(PlanningFilter)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "downtime_id",
        "id",
        "item_id",
        "item_type",
        "location_shortage_amount",
        "order_id",
        "parent_planning_id",
        "planning_type",
        "product_type",
        "q",
        "quantity",
        "reserved",
        "reserved_from",
        "reserved_till",
        "shortage_amount",
        "start_location_id",
        "started",
        "starts_at",
        "status",
        "stop_location_id",
        "stopped",
        "stops_at",
        "updated_at",
    }
    and not hasattr(PlanningFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
