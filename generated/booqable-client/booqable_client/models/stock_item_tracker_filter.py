from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.string_equal_operators import StringEqualOperators
    from ..models.string_operators import StringOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]
_from_dict__StringOperators: Callable[[Mapping[str, Any]], StringOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeOperators, IntegerOperators, StringEqualOperators, StringOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__StringEqualOperators, _from_dict__StringOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415
    from ..models.string_operators import StringOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _from_dict__StringOperators = StringOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="StockItemTrackerFilter")


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


def _parse__product_tracker_id(data: object) -> Unset | UUID | UuidOperators:
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


@_attrs_define
class StockItemTrackerFilter:
    """Filters for stock item trackers: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            product_group_id (list[str] | str | StringEqualOperators | Unset): A filter that takes several values:
                operators, one value, or several repeated as `filter[<attribute>][]=<value>`, as the examples send them.
            product_id (str | StringOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_tracker_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            quantity (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            stock_item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
    """

    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    product_group_id: list[str] | str | StringEqualOperators | Unset = UNSET
    product_id: str | StringOperators | Unset = UNSET
    product_tracker_id: Unset | UUID | UuidOperators = UNSET
    quantity: int | IntegerOperators | Unset = UNSET
    stock_item_id: Unset | UUID | UuidOperators = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

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
        product_group_id: dict[str, Any] | list[str] | str | Unset
        if isinstance(self.product_group_id, Unset):
            product_group_id = UNSET
        elif isinstance(self.product_group_id, StringEqualOperators):
            product_group_id = self.product_group_id.to_dict()
        elif isinstance(self.product_group_id, list):
            product_group_id = self.product_group_id

        else:
            product_group_id = self.product_group_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        product_id: dict[str, Any] | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, StringOperators):
            product_id = self.product_id.to_dict()
        else:
            product_id = self.product_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        product_tracker_id: dict[str, Any] | str | Unset
        if isinstance(self.product_tracker_id, Unset):
            product_tracker_id = UNSET
        elif isinstance(self.product_tracker_id, UuidOperators):
            product_tracker_id = self.product_tracker_id.to_dict()
        else:
            product_tracker_id = str(self.product_tracker_id)

        if product_tracker_id is not UNSET:
            field_dict["product_tracker_id"] = product_tracker_id
        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        stock_item_id: dict[str, Any] | str | Unset
        if isinstance(self.stock_item_id, Unset):
            stock_item_id = UNSET
        elif isinstance(self.stock_item_id, UuidOperators):
            stock_item_id = self.stock_item_id.to_dict()
        else:
            stock_item_id = str(self.stock_item_id)

        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StockItemTrackerFilter)", d)
            d = dict(d)
        n__absent = 0
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

        _product_group_id = d.get("product_group_id", UNSET)
        product_group_id: list[str] | str | StringEqualOperators | Unset
        if _product_group_id is UNSET:
            product_group_id = _product_group_id
        elif isinstance(_product_group_id, dict):
            try:
                componentsschemas_string_list_condition_type_0 = _from_dict__StringEqualOperators(_product_group_id)
            except FieldError as field__error:
                field__error.segments.append("product_group_id")
                raise

            product_group_id = componentsschemas_string_list_condition_type_0
        elif isinstance(_product_group_id, list):
            _componentsschemas_string_list_condition_type_2 = _product_group_id
            if isinstance(_componentsschemas_string_list_condition_type_2, list):
                for (
                    componentsschemas_string_list_condition_type_2_item
                ) in _componentsschemas_string_list_condition_type_2:
                    if not (type(componentsschemas_string_list_condition_type_2_item) is str) and not isinstance(
                        componentsschemas_string_list_condition_type_2_item, str
                    ):
                        raise FieldError(
                            "string",
                            componentsschemas_string_list_condition_type_2_item,
                            _position(
                                _componentsschemas_string_list_condition_type_2,
                                componentsschemas_string_list_condition_type_2_item,
                            ),
                            "product_group_id",
                        )
                componentsschemas_string_list_condition_type_2 = _componentsschemas_string_list_condition_type_2
            else:
                raise FieldError("array", _componentsschemas_string_list_condition_type_2, "product_group_id")

            product_group_id = componentsschemas_string_list_condition_type_2
        elif isinstance(_product_group_id, str):
            product_group_id = _product_group_id
        else:
            raise FieldError(
                "one of object (StringEqualOperators), string, array", _product_group_id, "product_group_id"
            )

        if product_group_id is UNSET:
            n__absent += 1

        _product_id = d.get("product_id", UNSET)
        product_id: str | StringOperators | Unset
        if _product_id is UNSET:
            product_id = _product_id
        elif isinstance(_product_id, dict):
            try:
                componentsschemas_string_condition_type_0 = _from_dict__StringOperators(_product_id)
            except FieldError as field__error:
                field__error.segments.append("product_id")
                raise

            product_id = componentsschemas_string_condition_type_0
        elif isinstance(_product_id, str):
            product_id = _product_id
        else:
            raise FieldError("one of object (StringOperators), string", _product_id, "product_id")

        if product_id is UNSET:
            n__absent += 1

        try:
            product_tracker_id = _parse__product_tracker_id(d.get("product_tracker_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("product_tracker_id")
            raise

        if product_tracker_id is UNSET:
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
            stock_item_id = _parse__stock_item_id(d.get("stock_item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("stock_item_id")
            raise

        if stock_item_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stock_item_tracker_filter = _new__object(cls)
            stock_item_tracker_filter.created_at = created_at
            stock_item_tracker_filter.id = id
            stock_item_tracker_filter.product_group_id = product_group_id
            stock_item_tracker_filter.product_id = product_id
            stock_item_tracker_filter.product_tracker_id = product_tracker_id
            stock_item_tracker_filter.quantity = quantity
            stock_item_tracker_filter.stock_item_id = stock_item_id
        else:
            stock_item_tracker_filter = cls(
                created_at,
                id,
                product_group_id,
                product_id,
                product_tracker_id,
                quantity,
                stock_item_id,
            )
        if len(d) + n__absent != 7:
            for prop_name in d:
                if prop_name not in {
                    "created_at",
                    "id",
                    "product_group_id",
                    "product_id",
                    "product_tracker_id",
                    "quantity",
                    "stock_item_id",
                }:
                    raise FieldError(
                        "no such property (StockItemTrackerFilter allows no others)", None, prop_name, found="one"
                    )
        return stock_item_tracker_filter

    __repr__ = _model__repr


_plain__class: type[StockItemTrackerFilter] | None = (
    StockItemTrackerFilter
    if {field.name for field in _attrs_fields(StockItemTrackerFilter)}
    == {"created_at", "id", "product_group_id", "product_id", "product_tracker_id", "quantity", "stock_item_id"}
    and not hasattr(StockItemTrackerFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
