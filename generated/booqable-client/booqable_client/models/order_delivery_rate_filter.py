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


T = TypeVar("T", bound="OrderDeliveryRateFilter")


def _parse__carrier_id(data: object) -> Unset | UUID | UuidOperators:
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


def _parse__tax_category_id(data: object) -> Unset | UUID | UuidOperators:
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
class OrderDeliveryRateFilter:
    """Filters for order delivery rates: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            carrier_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            created_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a bare value as
                shorthand for `eq`.
            identifier (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare
                value as shorthand for `eq`.
            minimum_order_amount_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            price_in_cents (int | IntegerOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            rate_id (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a bare value
                as shorthand for `eq`.
            signed_attributes (str | TextOperators | Unset): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            tax_category_id (Unset | UUID | UuidOperators): A filter on one attribute: either an object of operators, or a
                bare value as shorthand for `eq`.
            updated_at (datetime.datetime | DatetimeOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    carrier_id: Unset | UUID | UuidOperators = UNSET
    created_at: datetime.datetime | DatetimeOperators | Unset = UNSET
    id: Unset | UUID | UuidOperators = UNSET
    identifier: str | TextOperators | Unset = UNSET
    minimum_order_amount_in_cents: int | IntegerOperators | Unset = UNSET
    price_in_cents: int | IntegerOperators | Unset = UNSET
    rate_id: str | TextOperators | Unset = UNSET
    signed_attributes: str | TextOperators | Unset = UNSET
    tax_category_id: Unset | UUID | UuidOperators = UNSET
    updated_at: datetime.datetime | DatetimeOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        carrier_id: dict[str, Any] | str | Unset
        if isinstance(self.carrier_id, Unset):
            carrier_id = UNSET
        elif isinstance(self.carrier_id, UuidOperators):
            carrier_id = self.carrier_id.to_dict()
        else:
            carrier_id = str(self.carrier_id)

        if carrier_id is not UNSET:
            field_dict["carrier_id"] = carrier_id
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
        identifier: dict[str, Any] | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        elif isinstance(self.identifier, TextOperators):
            identifier = self.identifier.to_dict()
        else:
            identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        minimum_order_amount_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.minimum_order_amount_in_cents, Unset):
            minimum_order_amount_in_cents = UNSET
        elif isinstance(self.minimum_order_amount_in_cents, IntegerOperators):
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents.to_dict()
        else:
            minimum_order_amount_in_cents = self.minimum_order_amount_in_cents
        if minimum_order_amount_in_cents is not UNSET:
            field_dict["minimum_order_amount_in_cents"] = minimum_order_amount_in_cents
        price_in_cents: dict[str, Any] | int | Unset
        if isinstance(self.price_in_cents, Unset):
            price_in_cents = UNSET
        elif isinstance(self.price_in_cents, IntegerOperators):
            price_in_cents = self.price_in_cents.to_dict()
        else:
            price_in_cents = self.price_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        rate_id: dict[str, Any] | str | Unset
        if isinstance(self.rate_id, Unset):
            rate_id = UNSET
        elif isinstance(self.rate_id, TextOperators):
            rate_id = self.rate_id.to_dict()
        else:
            rate_id = self.rate_id
        if rate_id is not UNSET:
            field_dict["rate_id"] = rate_id
        signed_attributes: dict[str, Any] | str | Unset
        if isinstance(self.signed_attributes, Unset):
            signed_attributes = UNSET
        elif isinstance(self.signed_attributes, TextOperators):
            signed_attributes = self.signed_attributes.to_dict()
        else:
            signed_attributes = self.signed_attributes
        if signed_attributes is not UNSET:
            field_dict["signed_attributes"] = signed_attributes
        tax_category_id: dict[str, Any] | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UuidOperators):
            tax_category_id = self.tax_category_id.to_dict()
        else:
            tax_category_id = str(self.tax_category_id)

        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
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
                raise FieldError("object (OrderDeliveryRateFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            carrier_id = _parse__carrier_id(d.get("carrier_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("carrier_id")
            raise

        if carrier_id is UNSET:
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

        _minimum_order_amount_in_cents = d.get("minimum_order_amount_in_cents", UNSET)
        minimum_order_amount_in_cents: int | IntegerOperators | Unset
        if _minimum_order_amount_in_cents is UNSET:
            minimum_order_amount_in_cents = _minimum_order_amount_in_cents
        elif isinstance(_minimum_order_amount_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(
                    _minimum_order_amount_in_cents
                )
            except FieldError as field__error:
                field__error.segments.append("minimum_order_amount_in_cents")
                raise

            minimum_order_amount_in_cents = componentsschemas_integer_condition_type_0
        elif (
            isinstance(_minimum_order_amount_in_cents, int)
            and _minimum_order_amount_in_cents is not True
            and _minimum_order_amount_in_cents is not False
        ):
            minimum_order_amount_in_cents = _minimum_order_amount_in_cents
        else:
            raise FieldError(
                "one of object (IntegerOperators), integer",
                _minimum_order_amount_in_cents,
                "minimum_order_amount_in_cents",
            )

        if minimum_order_amount_in_cents is UNSET:
            n__absent += 1

        _price_in_cents = d.get("price_in_cents", UNSET)
        price_in_cents: int | IntegerOperators | Unset
        if _price_in_cents is UNSET:
            price_in_cents = _price_in_cents
        elif isinstance(_price_in_cents, dict):
            try:
                componentsschemas_integer_condition_type_0 = _from_dict__IntegerOperators(_price_in_cents)
            except FieldError as field__error:
                field__error.segments.append("price_in_cents")
                raise

            price_in_cents = componentsschemas_integer_condition_type_0
        elif isinstance(_price_in_cents, int) and _price_in_cents is not True and _price_in_cents is not False:
            price_in_cents = _price_in_cents
        else:
            raise FieldError("one of object (IntegerOperators), integer", _price_in_cents, "price_in_cents")

        if price_in_cents is UNSET:
            n__absent += 1

        _rate_id = d.get("rate_id", UNSET)
        rate_id: str | TextOperators | Unset
        if _rate_id is UNSET:
            rate_id = _rate_id
        elif isinstance(_rate_id, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_rate_id)
            except FieldError as field__error:
                field__error.segments.append("rate_id")
                raise

            rate_id = componentsschemas_text_condition_type_0
        elif isinstance(_rate_id, str):
            rate_id = _rate_id
        else:
            raise FieldError("one of object (TextOperators), string", _rate_id, "rate_id")

        if rate_id is UNSET:
            n__absent += 1

        _signed_attributes = d.get("signed_attributes", UNSET)
        signed_attributes: str | TextOperators | Unset
        if _signed_attributes is UNSET:
            signed_attributes = _signed_attributes
        elif isinstance(_signed_attributes, dict):
            try:
                componentsschemas_text_condition_type_0 = _from_dict__TextOperators(_signed_attributes)
            except FieldError as field__error:
                field__error.segments.append("signed_attributes")
                raise

            signed_attributes = componentsschemas_text_condition_type_0
        elif isinstance(_signed_attributes, str):
            signed_attributes = _signed_attributes
        else:
            raise FieldError("one of object (TextOperators), string", _signed_attributes, "signed_attributes")

        if signed_attributes is UNSET:
            n__absent += 1

        try:
            tax_category_id = _parse__tax_category_id(d.get("tax_category_id", UNSET))
        except FieldError as field__error:
            field__error.segments.append("tax_category_id")
            raise

        if tax_category_id is UNSET:
            n__absent += 1

        try:
            updated_at = _parse__updated_at(d.get("updated_at", UNSET))
        except FieldError as field__error:
            field__error.segments.append("updated_at")
            raise

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order_delivery_rate_filter = _new__object(cls)
            order_delivery_rate_filter.carrier_id = carrier_id
            order_delivery_rate_filter.created_at = created_at
            order_delivery_rate_filter.id = id
            order_delivery_rate_filter.identifier = identifier
            order_delivery_rate_filter.minimum_order_amount_in_cents = minimum_order_amount_in_cents
            order_delivery_rate_filter.price_in_cents = price_in_cents
            order_delivery_rate_filter.rate_id = rate_id
            order_delivery_rate_filter.signed_attributes = signed_attributes
            order_delivery_rate_filter.tax_category_id = tax_category_id
            order_delivery_rate_filter.updated_at = updated_at
        else:
            order_delivery_rate_filter = cls(
                carrier_id,
                created_at,
                id,
                identifier,
                minimum_order_amount_in_cents,
                price_in_cents,
                rate_id,
                signed_attributes,
                tax_category_id,
                updated_at,
            )
        if len(d) + n__absent != 10:
            for prop_name in d:
                if prop_name not in {
                    "carrier_id",
                    "created_at",
                    "id",
                    "identifier",
                    "minimum_order_amount_in_cents",
                    "price_in_cents",
                    "rate_id",
                    "signed_attributes",
                    "tax_category_id",
                    "updated_at",
                }:
                    raise FieldError(
                        "no such property (OrderDeliveryRateFilter allows no others)", None, prop_name, found="one"
                    )
        return order_delivery_rate_filter

    __repr__ = _model__repr


_plain__class: type[OrderDeliveryRateFilter] | None = (
    OrderDeliveryRateFilter
    if {field.name for field in _attrs_fields(OrderDeliveryRateFilter)}
    == {
        "carrier_id",
        "created_at",
        "id",
        "identifier",
        "minimum_order_amount_in_cents",
        "price_in_cents",
        "rate_id",
        "signed_attributes",
        "tax_category_id",
        "updated_at",
    }
    and not hasattr(OrderDeliveryRateFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
