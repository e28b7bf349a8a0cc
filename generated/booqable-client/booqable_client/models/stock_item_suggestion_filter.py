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
from ..models.stock_item_suggestion_status import StockItemSuggestionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_equal_operators import DatetimeEqualOperators
    from ..models.stock_item_suggestion_status_equal_operators import StockItemSuggestionStatusEqualOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.uuid_equal_operators import UuidEqualOperators

_refs__resolved = False
_from_dict__DatetimeEqualOperators: Callable[[Mapping[str, Any]], DatetimeEqualOperators]
_from_dict__StockItemSuggestionStatusEqualOperators: Callable[
    [Mapping[str, Any]], StockItemSuggestionStatusEqualOperators
]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__UuidEqualOperators: Callable[[Mapping[str, Any]], UuidEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeEqualOperators, StockItemSuggestionStatusEqualOperators, StringEqualOperators, UuidEqualOperators  # noqa: PLW0603
    global _from_dict__DatetimeEqualOperators, _from_dict__StockItemSuggestionStatusEqualOperators, _from_dict__StringEqualOperators, _from_dict__UuidEqualOperators  # noqa: PLW0603
    from ..models.datetime_equal_operators import DatetimeEqualOperators  # noqa: PLC0415
    from ..models.stock_item_suggestion_status_equal_operators import StockItemSuggestionStatusEqualOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.uuid_equal_operators import UuidEqualOperators  # noqa: PLC0415

    _from_dict__DatetimeEqualOperators = DatetimeEqualOperators.from_dict
    _from_dict__StockItemSuggestionStatusEqualOperators = StockItemSuggestionStatusEqualOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__UuidEqualOperators = UuidEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="StockItemSuggestionFilter")


def _parse__item_id(data: object) -> UUID | UuidEqualOperators:
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


def _parse__order_id(data: object) -> UUID | UuidEqualOperators:
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


def _parse__status(
    data: object,
) -> (
    StockItemSuggestionStatus
    | Literal["already_booked", "available_in_location", "overdue", "unavailable"]
    | StockItemSuggestionStatusEqualOperators
    | Unset
):
    if isinstance(data, Unset):
        return data
    choice: Choice[
        StockItemSuggestionStatus
        | Literal["already_booked", "available_in_location", "overdue", "unavailable"]
        | StockItemSuggestionStatusEqualOperators
        | Unset
    ] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_stock_item_suggestion_status_equal_condition_type_0 = (
                    _from_dict__StockItemSuggestionStatusEqualOperators(data)
                )

                if choice.take(componentsschemas_stock_item_suggestion_status_equal_condition_type_0):
                    return componentsschemas_stock_item_suggestion_status_equal_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, str):
            try:
                _componentsschemas_stock_item_suggestion_status_equal_condition_type_1 = data
                if type(_componentsschemas_stock_item_suggestion_status_equal_condition_type_1) is str:
                    componentsschemas_stock_item_suggestion_status_equal_condition_type_1 = (
                        StockItemSuggestionStatus._by__value.get(
                            _componentsschemas_stock_item_suggestion_status_equal_condition_type_1
                        )
                        or StockItemSuggestionStatus(
                            _componentsschemas_stock_item_suggestion_status_equal_condition_type_1
                        )
                    )
                elif isinstance(_componentsschemas_stock_item_suggestion_status_equal_condition_type_1, str):
                    componentsschemas_stock_item_suggestion_status_equal_condition_type_1 = StockItemSuggestionStatus(
                        _componentsschemas_stock_item_suggestion_status_equal_condition_type_1
                    )
                else:
                    raise FieldError(
                        "string (StockItemSuggestionStatus)",
                        _componentsschemas_stock_item_suggestion_status_equal_condition_type_1,
                    )

                if choice.take(componentsschemas_stock_item_suggestion_status_equal_condition_type_1):
                    return componentsschemas_stock_item_suggestion_status_equal_condition_type_1
            except FieldError as field__error:
                choice.fail(field__error)
    return choice.result(
        "one of object (StockItemSuggestionStatusEqualOperators), string (StockItemSuggestionStatus)", data
    )


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
class StockItemSuggestionFilter:
    """Filters for stock item suggestions: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`. `action`, `item_id`, `order_id` must be given.

        Attributes:
            action (str | StringEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            item_id (UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            order_id (UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            from_ (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            location_id (Unset | UUID | UuidEqualOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            q (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            status (StockItemSuggestionStatus | Literal["already_booked", "available_in_location", "overdue", "unavailable"]
                | StockItemSuggestionStatusEqualOperators | Unset): A filter on a `StockItemSuggestionStatus` attribute: either
                an object of operators, or a bare value as shorthand for `eq`.
            till (datetime.datetime | DatetimeEqualOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    action: str | StringEqualOperators
    item_id: UUID | UuidEqualOperators
    order_id: UUID | UuidEqualOperators
    from_: datetime.datetime | DatetimeEqualOperators | Unset = UNSET
    location_id: Unset | UUID | UuidEqualOperators = UNSET
    q: str | StringEqualOperators | Unset = UNSET
    status: (
        StockItemSuggestionStatus
        | Literal["already_booked", "available_in_location", "overdue", "unavailable"]
        | StockItemSuggestionStatusEqualOperators
        | Unset
    ) = UNSET
    till: datetime.datetime | DatetimeEqualOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        action: dict[str, Any] | str
        if isinstance(self.action, StringEqualOperators):
            action = self.action.to_dict()
        else:
            action = self.action
        field_dict["action"] = action
        item_id: dict[str, Any] | str
        if isinstance(self.item_id, UuidEqualOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        field_dict["item_id"] = item_id
        order_id: dict[str, Any] | str
        if isinstance(self.order_id, UuidEqualOperators):
            order_id = self.order_id.to_dict()
        else:
            order_id = str(self.order_id)

        field_dict["order_id"] = order_id
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
        location_id: dict[str, Any] | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        elif isinstance(self.location_id, UuidEqualOperators):
            location_id = self.location_id.to_dict()
        else:
            location_id = str(self.location_id)

        if location_id is not UNSET:
            field_dict["location_id"] = location_id
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
        elif isinstance(self.status, StockItemSuggestionStatusEqualOperators):
            status = self.status.to_dict()
        else:
            status = StockItemSuggestionStatus(self.status).value

        if status is not UNSET:
            field_dict["status"] = status
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
                raise FieldError("object (StockItemSuggestionFilter)", d)
            d = dict(d)
        n__absent = 0
        _action = d.get("action", UNSET)
        action: str | StringEqualOperators
        if isinstance(_action, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_action)
            except FieldError as field__error:
                field__error.segments.append("action")
                raise

            action = componentsschemas_string_equal_condition_type_0
        elif isinstance(_action, str):
            action = _action
        else:
            raise FieldError("one of object (StringEqualOperators), string", _action, "action")

        try:
            item_id = _parse__item_id(d.get("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        try:
            order_id = _parse__order_id(d.get("order_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("order_id")
            raise

        try:
            from_ = _parse__from_(d.get("from", UNSET))
        except FieldError as field__error:
            field__error.segments.append("from")
            raise

        if from_ is UNSET:
            n__absent += 1

        try:
            location_id = _parse__location_id(d.get("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        if location_id is UNSET:
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
            till = _parse__till(d.get("till", UNSET))
        except FieldError as field__error:
            field__error.segments.append("till")
            raise

        if till is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stock_item_suggestion_filter = _new__object(cls)
            stock_item_suggestion_filter.action = action
            stock_item_suggestion_filter.item_id = item_id
            stock_item_suggestion_filter.order_id = order_id
            stock_item_suggestion_filter.from_ = from_
            stock_item_suggestion_filter.location_id = location_id
            stock_item_suggestion_filter.q = q
            stock_item_suggestion_filter.status = status
            stock_item_suggestion_filter.till = till
        else:
            stock_item_suggestion_filter = cls(
                action,
                item_id,
                order_id,
                from_,
                location_id,
                q,
                status,
                till,
            )
        if len(d) + n__absent != 8:
            for prop_name in d:
                if prop_name not in {"action", "item_id", "order_id", "from", "location_id", "q", "status", "till"}:
                    raise FieldError(
                        "no such property (StockItemSuggestionFilter allows no others)", None, prop_name, found="one"
                    )
        return stock_item_suggestion_filter

    __repr__ = _model__repr


_plain__class: type[StockItemSuggestionFilter] | None = (
    StockItemSuggestionFilter
    if {field.name for field in _attrs_fields(StockItemSuggestionFilter)}
    == {"action", "item_id", "order_id", "from_", "location_id", "q", "status", "till"}
    and not hasattr(StockItemSuggestionFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
