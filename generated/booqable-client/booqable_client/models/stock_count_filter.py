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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datetime_operators import DatetimeOperators
    from ..models.integer_operators import IntegerOperators
    from ..models.text_operators import TextOperators
    from ..models.uuid_operators import UuidOperators

_refs__resolved = False
_from_dict__DatetimeOperators: Callable[[Mapping[str, Any]], DatetimeOperators]
_from_dict__IntegerOperators: Callable[[Mapping[str, Any]], IntegerOperators]
_from_dict__TextOperators: Callable[[Mapping[str, Any]], TextOperators]
_from_dict__UuidOperators: Callable[[Mapping[str, Any]], UuidOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DatetimeOperators, IntegerOperators, TextOperators, UuidOperators  # noqa: PLW0603
    global _from_dict__DatetimeOperators, _from_dict__IntegerOperators, _from_dict__TextOperators, _from_dict__UuidOperators  # noqa: PLW0603
    from ..models.datetime_operators import DatetimeOperators  # noqa: PLC0415
    from ..models.integer_operators import IntegerOperators  # noqa: PLC0415
    from ..models.text_operators import TextOperators  # noqa: PLC0415
    from ..models.uuid_operators import UuidOperators  # noqa: PLC0415

    _from_dict__DatetimeOperators = DatetimeOperators.from_dict
    _from_dict__IntegerOperators = IntegerOperators.from_dict
    _from_dict__TextOperators = TextOperators.from_dict
    _from_dict__UuidOperators = UuidOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="StockCountFilter")


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
class StockCountFilter:
    """Filters for stock counts: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            count_type (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            from_ (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            item_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            location_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            product_group_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            purchase_cost_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            purchased_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            quantity (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            till (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of operators,
                or a bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    count_type: str | TextOperators | Unset = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    from_: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    item_id: Unset | UUID | UuidOperators = UNSET
    location_id: Unset | UUID | UuidOperators = UNSET
    product_group_id: str | TextOperators | Unset = UNSET
    purchase_cost_in_cents: int | IntegerOperators | Unset = UNSET
    purchased_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    quantity: int | IntegerOperators | Unset = UNSET
    till: datetime.datetime | DatetimeOperators | Unset = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        count_type: dict[str, Any] | str | Unset
        if isinstance(self.count_type, Unset):
            count_type = UNSET
        elif isinstance(self.count_type, TextOperators):
            count_type = self.count_type.to_dict()
        else:
            count_type = self.count_type
        if count_type is not UNSET:
            field_dict["count_type"] = count_type
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
        item_id: dict[str, Any] | str | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        elif isinstance(self.item_id, UuidOperators):
            item_id = self.item_id.to_dict()
        else:
            item_id = str(self.item_id)

        if item_id is not UNSET:
            field_dict["item_id"] = item_id
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
        elif isinstance(self.product_group_id, TextOperators):
            product_group_id = self.product_group_id.to_dict()
        else:
            product_group_id = self.product_group_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
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
        quantity: dict[str, Any] | int | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        elif isinstance(self.quantity, IntegerOperators):
            quantity = self.quantity.to_dict()
        else:
            quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
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
                raise FieldError("object (StockCountFilter)", d)
            d = dict(d)
        n__absent = 0
        _count_type = d.get("count_type", UNSET)
        count_type: str | TextOperators | Unset
        if _count_type is UNSET:
            count_type = _count_type
        elif isinstance(_count_type, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_count_type)
            except FieldError as field__error:
                field__error.segments.append("count_type")
                raise

            count_type = componentsschemas_text_condition_type_0
        elif isinstance(_count_type, str):
            count_type = _count_type
        else:
            raise FieldError("one of object (TextOperators), string", _count_type, "count_type")

        if count_type is UNSET:
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

        try:
            item_id = _parse__item_id(d.get("item_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("item_id")
            raise

        if item_id is UNSET:
            n__absent += 1

        try:
            location_id = _parse__location_id(d.get("location_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("location_id")
            raise

        if location_id is UNSET:
            n__absent += 1

        _product_group_id = d.get("product_group_id", UNSET)
        product_group_id: str | TextOperators | Unset
        if _product_group_id is UNSET:
            product_group_id = _product_group_id
        elif isinstance(_product_group_id, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_product_group_id)
            except FieldError as field__error:
                field__error.segments.append("product_group_id")
                raise

            product_group_id = componentsschemas_text_condition_type_0
        elif isinstance(_product_group_id, str):
            product_group_id = _product_group_id
        else:
            raise FieldError("one of object (TextOperators), string", _product_group_id, "product_group_id")

        if product_group_id is UNSET:
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
            stock_count_filter = _new__object(cls)
            stock_count_filter.count_type = count_type
            stock_count_filter.created_at = created_at
            stock_count_filter.from_ = from_
            stock_count_filter.id = id
            stock_count_filter.item_id = item_id
            stock_count_filter.location_id = location_id
            stock_count_filter.product_group_id = product_group_id
            stock_count_filter.purchase_cost_in_cents = purchase_cost_in_cents
            stock_count_filter.purchased_at = purchased_at
            stock_count_filter.quantity = quantity
            stock_count_filter.till = till
            stock_count_filter.updated_at = updated_at
        else:
            stock_count_filter = cls(
                count_type,
                created_at,
                from_,
                id,
                item_id,
                location_id,
                product_group_id,
                purchase_cost_in_cents,
                purchased_at,
                quantity,
                till,
                updated_at,
            )
        if len(d) + n__absent != 12:
            for prop_name in d:
                if prop_name not in {
                    "count_type",
                    "created_at",
                    "from",
                    "id",
                    "item_id",
                    "location_id",
                    "product_group_id",
                    "purchase_cost_in_cents",
                    "purchased_at",
                    "quantity",
                    "till",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (StockCountFilter allows no others)", None, prop_name, found="one"
                    )
        return stock_count_filter

    __repr__ = _model__repr


_plain__class: type[StockCountFilter] | None = (
    StockCountFilter
    if {field.name for field in _attrs_fields(StockCountFilter)}
    == {
        "count_type",
        "created_at",
        "from_",
        "id",
        "item_id",
        "location_id",
        "product_group_id",
        "purchase_cost_in_cents",
        "purchased_at",
        "quantity",
        "till",
        "updated_at",
    }
    and not hasattr(StockCountFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
