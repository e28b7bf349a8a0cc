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
    from ..models.planning_kind_equal_operators import PlanningKindEqualOperators
    from ..models.rental_status_equal_operators import RentalStatusEqualOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__PlanningKindEqualOperators: Callable[[Mapping[str, Any]], PlanningKindEqualOperators]
_from_dict__RentalStatusEqualOperators: Callable[[Mapping[str, Any]], RentalStatusEqualOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, PlanningKindEqualOperators, RentalStatusEqualOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__PlanningKindEqualOperators, _from_dict__RentalStatusEqualOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.planning_kind_equal_operators import PlanningKindEqualOperators  # noqa: PLC0415
    from ..models.rental_status_equal_operators import RentalStatusEqualOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__PlanningKindEqualOperators = PlanningKindEqualOperators.from_dict
    _from_dict__RentalStatusEqualOperators = RentalStatusEqualOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="StockItemPlanningFilter")


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


def _parse__planning_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__stock_item_planning_type(
    data: object,
) -> PlanningKind | Literal["downtime", "order"] | PlanningKindEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[PlanningKind | Literal["downtime", "order"] | PlanningKindEqualOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_planning_kind_equal_condition_type_0 = _from_dict__PlanningKindEqualOperators(data)

                if choice.take(componentsschemas_planning_kind_equal_condition_type_0):
                    return componentsschemas_planning_kind_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_planning_kind_equal_condition_type_1 = data
                if type(_componentsschemas_planning_kind_equal_condition_type_1) is str:
                    componentsschemas_planning_kind_equal_condition_type_1 = PlanningKind._by__value.get(
                        _componentsschemas_planning_kind_equal_condition_type_1
                    ) or PlanningKind(_componentsschemas_planning_kind_equal_condition_type_1)
                elif isinstance(_componentsschemas_planning_kind_equal_condition_type_1, str):
                    componentsschemas_planning_kind_equal_condition_type_1 = PlanningKind(
                        _componentsschemas_planning_kind_equal_condition_type_1
                    )
                else:
                    raise FieldError("string (PlanningKind)", _componentsschemas_planning_kind_equal_condition_type_1)

                if choice.take(componentsschemas_planning_kind_equal_condition_type_1):
                    return componentsschemas_planning_kind_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (PlanningKindEqualOperators), string (PlanningKind)", data)


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
class StockItemPlanningFilter:
    """Filters for stock item plannings: attribute name to operators (or to a bare value, meaning `eq`). Sent as
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
            order_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            planning_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            reserved (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            started (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            starts_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            status (RentalStatus | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started",
                "stopped"] | RentalStatusEqualOperators | Unset): A filter on a `RentalStatus` attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            stock_item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            stock_item_planning_type (PlanningKind | Literal["downtime", "order"] | PlanningKindEqualOperators | Unset): A
                filter on a `PlanningKind` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            stopped (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
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
    order_id: Unset | UUID | UuidOperators = UNSET
    planning_id: Unset | UUID | UuidOperators = UNSET
    reserved: bool | BooleanOperators | Unset = UNSET
    started: bool | BooleanOperators | Unset = UNSET
    starts_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    status: (
        RentalStatus
        | Literal["archived", "canceled", "concept", "draft", "new", "reserved", "started", "stopped"]
        | RentalStatusEqualOperators
        | Unset
    ) = UNSET
    stock_item_id: Unset | UUID | UuidOperators = UNSET
    stock_item_planning_type: PlanningKind | Literal["downtime", "order"] | PlanningKindEqualOperators | Unset = UNSET
    stopped: bool | BooleanOperators | Unset = UNSET
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
        order_id: dict[str, Any] | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UuidOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        planning_id: dict[str, Any] | str | Unset
        if isinstance(self.planning_id, Unset):
            planning_id = UNSET
        elif isinstance(self.planning_id, UuidOperators):
            planning_id = self.planning_id.to_dict()
        else:
            planning_id = str(self.planning_id)

        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        reserved: bool | dict[str, Any] | Unset
        if isinstance(self.reserved, Unset):
            reserved = UNSET
        elif isinstance(self.reserved, BooleanOperators):
            reserved = self.reserved.to_dict()
        else:
            reserved = self.reserved
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        started: bool | dict[str, Any] | Unset
        if isinstance(self.started, Unset):
            started = UNSET
        elif isinstance(self.started, BooleanOperators):
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
        stock_item_id: dict[str, Any] | str | Unset
        if isinstance(self.stock_item_id, Unset):
            stock_item_id = UNSET
        elif isinstance(self.stock_item_id, UuidOperators):
            stock_item_id = self.stock_item_id.to_dict()
        else:
            stock_item_id = str(self.stock_item_id)

        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        stock_item_planning_type: dict[str, Any] | str | Unset
        if isinstance(self.stock_item_planning_type, Unset):
            stock_item_planning_type = UNSET
        elif isinstance(self.stock_item_planning_type, PlanningKindEqualOperators):
            stock_item_planning_type = self.stock_item_planning_type.to_dict()
        else:
            stock_item_planning_type = PlanningKind(self.stock_item_planning_type).value

        if stock_item_planning_type is not UNSET:
            field_dict["stock_item_planning_type"] = stock_item_planning_type
        stopped: bool | dict[str, Any] | Unset
        if isinstance(self.stopped, Unset):
            stopped = UNSET
        elif isinstance(self.stopped, BooleanOperators):
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
                raise FieldError("object (StockItemPlanningFilter)", d)
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
            order_id = _parse__order_id(d.get("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        if order_id is UNSET:
            n__absent += 1

        try:
            planning_id = _parse__planning_id(d.get("planning_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("planning_id")
            raise

        if planning_id is UNSET:
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

        _started = d.get("started", UNSET)
        started: bool | BooleanOperators | Unset
        if _started is UNSET:
            started = _started
        elif isinstance(_started, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_started)
            except FieldError as field__error:
                field__error.segments.append("started")
                raise

            started = componentsschemas_boolean_condition_type_0
        elif isinstance(_started, bool):
            started = _started
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _started, "started")

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
            stock_item_id = _parse__stock_item_id(d.get("stock_item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stock_item_id")
            raise

        if stock_item_id is UNSET:
            n__absent += 1

        try:
            stock_item_planning_type = _parse__stock_item_planning_type(d.get("stock_item_planning_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stock_item_planning_type")
            raise

        if stock_item_planning_type is UNSET:
            n__absent += 1

        _stopped = d.get("stopped", UNSET)
        stopped: bool | BooleanOperators | Unset
        if _stopped is UNSET:
            stopped = _stopped
        elif isinstance(_stopped, dict):
            try:
                componentsschemas_boolean_condition_type_0 = _from_dict__BooleanOperators(_stopped)
            except FieldError as field__error:
                field__error.segments.append("stopped")
                raise

            stopped = componentsschemas_boolean_condition_type_0
        elif isinstance(_stopped, bool):
            stopped = _stopped
        else:
            raise FieldError("one of object (BooleanOperators), boolean", _stopped, "stopped")

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
            stock_item_planning_filter = _new__object(cls)
            stock_item_planning_filter.archived = archived
            stock_item_planning_filter.archived_at = archived_at
            stock_item_planning_filter.created_at = created_at
            stock_item_planning_filter.downtime_id = downtime_id
            stock_item_planning_filter.id = id
            stock_item_planning_filter.order_id = order_id
            stock_item_planning_filter.planning_id = planning_id
            stock_item_planning_filter.reserved = reserved
            stock_item_planning_filter.started = started
            stock_item_planning_filter.starts_at = starts_at
            stock_item_planning_filter.status = status
            stock_item_planning_filter.stock_item_id = stock_item_id
            stock_item_planning_filter.stock_item_planning_type = stock_item_planning_type
            stock_item_planning_filter.stopped = stopped
            stock_item_planning_filter.stops_at = stops_at
            stock_item_planning_filter.updated_at = updated_at
        else:
            stock_item_planning_filter = cls(
                archived,
                archived_at,
                created_at,
                downtime_id,
                id,
                order_id,
                planning_id,
                reserved,
                started,
                starts_at,
                status,
                stock_item_id,
                stock_item_planning_type,
                stopped,
                stops_at,
                updated_at,
            )
        if len(d) + n__absent != 16:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "downtime_id",
                    "id",
                    "order_id",
                    "planning_id",
                    "reserved",
                    "started",
                    "starts_at",
                    "status",
                    "stock_item_id",
                    "stock_item_planning_type",
                    "stopped",
                    "stops_at",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (StockItemPlanningFilter allows no others)", None, prop_name, found="one"
                    )
        return stock_item_planning_filter

    __repr__ = _model__repr


_plain__class: type[StockItemPlanningFilter] | None = (
    StockItemPlanningFilter
    if {field.name for field in _attrs_fields(StockItemPlanningFilter)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "downtime_id",
        "id",
        "order_id",
        "planning_id",
        "reserved",
        "started",
        "starts_at",
        "status",
        "stock_item_id",
        "stock_item_planning_type",
        "stopped",
        "stops_at",
        "updated_at",
    }
    and not hasattr(StockItemPlanningFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
