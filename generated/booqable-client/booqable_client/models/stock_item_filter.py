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
from ..models.stock_item_status import StockItemStatus
from ..models.stock_item_type import StockItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_operators import BooleanOperators
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.stock_item_status_equal_operators import StockItemStatusEqualOperators
    from ..models.stock_item_type_equal_operators import StockItemTypeEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__BooleanOperators: Callable[[Mapping[str, Any]], BooleanOperators]
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__StockItemStatusEqualOperators: Callable[[Mapping[str, Any]], StockItemStatusEqualOperators]
_from_dict__StockItemTypeEqualOperators: Callable[[Mapping[str, Any]], StockItemTypeEqualOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BooleanOperators, DatetimeOperators, IntegerOperators, StockItemStatusEqualOperators, StockItemTypeEqualOperators, StringEqualOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__BooleanOperators, _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__StockItemStatusEqualOperators, _from_dict__StockItemTypeEqualOperators, _from_dict__StringEqualOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.boolean_operators import BooleanOperators  # noqa: PLC0415
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.stock_item_status_equal_operators import StockItemStatusEqualOperators  # noqa: PLC0415
    from ..models.stock_item_type_equal_operators import StockItemTypeEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__BooleanOperators = BooleanOperators.from_dict
    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__StockItemStatusEqualOperators = StockItemStatusEqualOperators.from_dict
    _from_dict__StockItemTypeEqualOperators = StockItemTypeEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="StockItemFilter")


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


def _parse__from_(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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


def _parse__purchased_at(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
    StockItemStatus
    | Literal["archived", "expected", "expired", "in_downtime", "in_stock", "overdue", "started"]
    | StockItemStatusEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        StockItemStatus
        | Literal["archived", "expected", "expired", "in_downtime", "in_stock", "overdue", "started"]
        | StockItemStatusEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_stock_item_status_equal_condition_type_0 = _from_dict__StockItemStatusEqualOperators(
                    data
                )

                if choice.take(componentsschemas_stock_item_status_equal_condition_type_0):
                    return componentsschemas_stock_item_status_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_stock_item_status_equal_condition_type_1 = data
                if type(_componentsschemas_stock_item_status_equal_condition_type_1) is str:
                    componentsschemas_stock_item_status_equal_condition_type_1 = StockItemStatus._by__value.get(
                        _componentsschemas_stock_item_status_equal_condition_type_1
                    ) or StockItemStatus(_componentsschemas_stock_item_status_equal_condition_type_1)
                elif isinstance(_componentsschemas_stock_item_status_equal_condition_type_1, str):
                    componentsschemas_stock_item_status_equal_condition_type_1 = StockItemStatus(
                        _componentsschemas_stock_item_status_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (StockItemStatus)", _componentsschemas_stock_item_status_equal_condition_type_1
                    )

                if choice.take(componentsschemas_stock_item_status_equal_condition_type_1):
                    return componentsschemas_stock_item_status_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (StockItemStatusEqualOperators), string (StockItemStatus)", data)


def _parse__stock_item_type(
    data: object,
) -> StockItemType | Literal["regular", "temporary"] | StockItemTypeEqualOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[StockItemType | Literal["regular", "temporary"] | StockItemTypeEqualOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_stock_item_type_equal_condition_type_0 = _from_dict__StockItemTypeEqualOperators(data)

                if choice.take(componentsschemas_stock_item_type_equal_condition_type_0):
                    return componentsschemas_stock_item_type_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_stock_item_type_equal_condition_type_1 = data
                if type(_componentsschemas_stock_item_type_equal_condition_type_1) is str:
                    componentsschemas_stock_item_type_equal_condition_type_1 = StockItemType._by__value.get(
                        _componentsschemas_stock_item_type_equal_condition_type_1
                    ) or StockItemType(_componentsschemas_stock_item_type_equal_condition_type_1)
                elif isinstance(_componentsschemas_stock_item_type_equal_condition_type_1, str):
                    componentsschemas_stock_item_type_equal_condition_type_1 = StockItemType(
                        _componentsschemas_stock_item_type_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (StockItemType)", _componentsschemas_stock_item_type_equal_condition_type_1
                    )

                if choice.take(componentsschemas_stock_item_type_equal_condition_type_1):
                    return componentsschemas_stock_item_type_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result("one of object (StockItemTypeEqualOperators), string (StockItemType)", data)


def _parse__till(data: object) -> datetime.datetime | DatetimeOperators | Unset:
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
class StockItemFilter:
    """Filters for stock items: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            archived (bool | BooleanOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            archived_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            from_ (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            identifier (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            location_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_group_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            product_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            purchase_cost_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            purchased_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            status (StockItemStatus | Literal["archived", "expected", "expired", "in_downtime", "in_stock", "overdue",
                "started"] | StockItemStatusEqualOperators | Unset): A filter on a `StockItemStatus` attribute: either an object
                of operators, or a bare value as shorthand for `eq`.
            stock_item_type (StockItemType | Literal["regular", "temporary"] | StockItemTypeEqualOperators | Unset): A
                filter on a `StockItemType` attribute: either an object of operators, or a bare value as shorthand for `eq`.
            till (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    archived: bool | BooleanOperators | Unset = UNSET
    archived_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    from_: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    identifier: str | TextOperators | Unset = UNSET
    location_id: Unset | UUID | UuidOperators = UNSET
    product_group_id: Unset | UUID | UuidOperators = UNSET
    product_id: Unset | UUID | UuidOperators = UNSET
    purchase_cost_in_cents: int | IntegerOperators | Unset = UNSET
    purchased_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    status: (
        StockItemStatus
        | Literal["archived", "expected", "expired", "in_downtime", "in_stock", "overdue", "started"]
        | StockItemStatusEqualOperators
        | Unset
    ) = UNSET
    stock_item_type: StockItemType | Literal["regular", "temporary"] | StockItemTypeEqualOperators | Unset = UNSET
    till: datetime.datetime | DatetimeOperators | Unset = UNSET
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
        from_: dict[str, Any] | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, DatetimeOperators):
            from_ = self.from_.to_dict()
        else:
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if from_ is not UNSET:
            field_dict["from"] = from_
        id: dict[str, Any] | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UuidOperators):
            id = self.id.to_dict()
        else:
            id = str(self.id)

        if id is not UNSET:
            field_dict["id"] = id
        identifier: dict[str, Any] | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        elif isinstance(self.identifier, TextOperators):
            identifier = self.identifier.to_dict()
        else:
            identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
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
        purchase_cost_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.purchase_cost_in_cents, Unset):
            purchase_cost_in_cents = UNSET
        elif isinstance(self.purchase_cost_in_cents, IntegerOperators):
            purchase_cost_in_cents = self.purchase_cost_in_cents.to_dict()
        else:
            purchase_cost_in_cents = self.purchase_cost_in_cents
        if purchase_cost_in_cents is not UNSET:
            field_dict["purchase_cost_in_cents"] = purchase_cost_in_cents
        purchased_at: dict[str, Any] | str | Unset
        if isinstance(self.purchased_at, Unset):
            purchased_at = UNSET
        elif isinstance(self.purchased_at, DatetimeOperators):
            purchased_at = self.purchased_at.to_dict()
        else:
            purchased_at = (
                self.purchased_at.isoformat().replace("+00:00", "Z")
                if self.purchased_at.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if purchased_at is not UNSET:
            field_dict["purchased_at"] = purchased_at
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
        elif isinstance(self.status, StockItemStatusEqualOperators):
            status = self.status.to_dict()
        else:
            status = StockItemStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
        stock_item_type: dict[str, Any] | str | Unset
        if isinstance(self.stock_item_type, Unset):
            stock_item_type = UNSET
        elif isinstance(self.stock_item_type, StockItemTypeEqualOperators):
            stock_item_type = self.stock_item_type.to_dict()
        else:
            stock_item_type = StockItemType(self.stock_item_type).value

        if stock_item_type is not UNSET:
            field_dict["stock_item_type"] = stock_item_type
        till: dict[str, Any] | str | Unset
        if isinstance(self.till, Unset):
            till = UNSET
        elif isinstance(self.till, DatetimeOperators):
            till = self.till.to_dict()
        else:
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("/components/schemas/DatetimeCondition_type_1")
            )

        if till is not UNSET:
            field_dict["till"] = till
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
                raise FieldError("object (StockItemFilter)", d)
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
            from_ = _parse__from_(d.get("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        if from_ is UNSET:
            n__absent += 1

        try:
            id = _parse__id(d.get("id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("id")
            raise

        if id is UNSET:
            n__absent += 1

        _identifier = d.get("identifier", UNSET)
        identifier: str | TextOperators | Unset
        if _identifier is UNSET:
            identifier = _identifier
        elif isinstance(_identifier, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_identifier)
            except FieldError as field__error:
                field__error.segments.append("identifier")
                raise

            identifier = componentsschemas_text_condition_type_0
        elif isinstance(_identifier, str):
            identifier = _identifier
        else:
            raise FieldError("one of object (TextOperators), string", _identifier, "identifier")

        if identifier is UNSET:
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

        _purchase_cost_in_cents = d.get("purchase_cost_in_cents", UNSET)
        purchase_cost_in_cents: int | IntegerOperators | Unset
        if _purchase_cost_in_cents is UNSET:
            purchase_cost_in_cents = _purchase_cost_in_cents
        elif isinstance(_purchase_cost_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_purchase_cost_in_cents)
            except FieldError as field__error:
                field__error.segments.append("purchase_cost_in_cents")
                raise

            purchase_cost_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_purchase_cost_in_cents, int)
            and _purchase_cost_in_cents is not True
            and _purchase_cost_in_cents is not False
        ):
            purchase_cost_in_cents = _purchase_cost_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer", _purchase_cost_in_cents, "purchase_cost_in_cents"
            )

        if purchase_cost_in_cents is UNSET:
            n__absent += 1

        try:
            purchased_at = _parse__purchased_at(d.get("purchased_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("purchased_at")
            raise

        if purchased_at is UNSET:
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

        try:
            status = _parse__status(d.get("status", UNSET))
        except FieldError as field__error:
            field__error.segments.append("status")
            raise

        if status is UNSET:
            n__absent += 1

        try:
            stock_item_type = _parse__stock_item_type(d.get("stock_item_type", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stock_item_type")
            raise

        if stock_item_type is UNSET:
            n__absent += 1

        try:
            till = _parse__till(d.get("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        if till is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stock_item_filter = _new__object(cls)
            stock_item_filter.archived = archived
            stock_item_filter.archived_at = archived_at
            stock_item_filter.created_at = created_at
            stock_item_filter.from_ = from_
            stock_item_filter.id = id
            stock_item_filter.identifier = identifier
            stock_item_filter.location_id = location_id
            stock_item_filter.product_group_id = product_group_id
            stock_item_filter.product_id = product_id
            stock_item_filter.purchase_cost_in_cents = purchase_cost_in_cents
            stock_item_filter.purchased_at = purchased_at
            stock_item_filter.q = q
            stock_item_filter.status = status
            stock_item_filter.stock_item_type = stock_item_type
            stock_item_filter.till = till
            stock_item_filter.updated_at = updated_at
        else:
            stock_item_filter = cls(
                archived,
                archived_at,
                created_at,
                from_,
                id,
                identifier,
                location_id,
                product_group_id,
                product_id,
                purchase_cost_in_cents,
                purchased_at,
                q,
                status,
                stock_item_type,
                till,
                updated_at,
            )
        if len(d) + n__absent != 16:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "from",
                    "id",
                    "identifier",
                    "location_id",
                    "product_group_id",
                    "product_id",
                    "purchase_cost_in_cents",
                    "purchased_at",
                    "q",
                    "status",
                    "stock_item_type",
                    "till",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (StockItemFilter allows no others)", None, prop_name, found="one"
                    )
        return stock_item_filter

    __repr__ = _model__repr


_plain__class: type[StockItemFilter] | None = (
    StockItemFilter
    if {field.name for field in _attrs_fields(StockItemFilter)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "from_",
        "id",
        "identifier",
        "location_id",
        "product_group_id",
        "product_id",
        "purchase_cost_in_cents",
        "purchased_at",
        "q",
        "status",
        "stock_item_type",
        "till",
        "updated_at",
    }
    and not hasattr(StockItemFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
