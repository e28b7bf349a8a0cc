from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDeliveryRateAttributes")


@_attrs_define
class OrderDeliveryRateAttributes:
    """Attributes of an order delivery rate as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            carrier_id (None | Unset | UUID): ID of the related carrier. Can only be set when the record is created.
            minimum_order_amount_in_cents (int | Unset): Minimum order amount, in cents.
            price_in_cents (int | Unset): Price, in cents.
            created_at (datetime.datetime | Unset): When the record was created.
            description (str | Unset): Returned in the examples but missing from the field list; its type is inferred.
            errors (list[str] | Unset): Returned in the examples but missing from the field list; its type is inferred.
            identifier (str | Unset):
            label (str | Unset): Returned in the examples but missing from the field list; its type is inferred.
            order_id (UUID | Unset): ID of the related order.
            range_ (str | Unset): Returned in the examples but missing from the field list; its type is inferred.
            rate_id (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            signed_attributes (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            tax_category_id (None | Unset | UUID): ID of the related tax category.
            type_ (str | Unset): Returned in the examples but missing from the field list; its type is inferred.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    carrier_id: None | Unset | UUID = UNSET
    minimum_order_amount_in_cents: int | Unset = UNSET
    price_in_cents: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    errors: list[str] | Unset = UNSET
    identifier: str | Unset = UNSET
    label: str | Unset = UNSET
    order_id: UUID | Unset = UNSET
    range_: str | Unset = UNSET
    rate_id: None | str | Unset = UNSET
    signed_attributes: None | str | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    type_: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        carrier_id: None | str | Unset
        if isinstance(self.carrier_id, Unset):
            carrier_id = UNSET
        elif isinstance(self.carrier_id, UUID):
            carrier_id = str(self.carrier_id)
        else:
            carrier_id = self.carrier_id
        if carrier_id is not UNSET:
            field_dict["carrier_id"] = carrier_id
        minimum_order_amount_in_cents = self.minimum_order_amount_in_cents
        if minimum_order_amount_in_cents is not UNSET:
            field_dict["minimum_order_amount_in_cents"] = minimum_order_amount_in_cents
        price_in_cents = self.price_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        description = self.description
        if description is not UNSET:
            field_dict["description"] = description
        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        if errors is not UNSET:
            field_dict["errors"] = errors
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        range_ = self.range_
        if range_ is not UNSET:
            field_dict["range"] = range_
        rate_id: None | str | Unset
        if isinstance(self.rate_id, Unset):
            rate_id = UNSET
        else:
            rate_id = self.rate_id
        if rate_id is not UNSET:
            field_dict["rate_id"] = rate_id
        signed_attributes: None | str | Unset
        if isinstance(self.signed_attributes, Unset):
            signed_attributes = UNSET
        else:
            signed_attributes = self.signed_attributes
        if signed_attributes is not UNSET:
            field_dict["signed_attributes"] = signed_attributes
        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderDeliveryRateAttributes)", d)
            d = dict(d)
        n__absent = 0
        _carrier_id = d.get("carrier_id", UNSET)
        carrier_id: None | Unset | UUID
        if _carrier_id is None or _carrier_id is UNSET:
            carrier_id = _carrier_id
        elif isinstance(_carrier_id, str):
            _carrier_id_type_0 = _carrier_id
            try:
                carrier_id_type_0 = parse_uuid(_carrier_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _carrier_id_type_0, "carrier_id") from None

            carrier_id = carrier_id_type_0
        else:
            raise FieldError("UUID string or null", _carrier_id, "carrier_id")

        if carrier_id is UNSET:
            n__absent += 1

        minimum_order_amount_in_cents = d.get("minimum_order_amount_in_cents", UNSET)
        if not (type(minimum_order_amount_in_cents) is int):
            if minimum_order_amount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(minimum_order_amount_in_cents, int)
                and minimum_order_amount_in_cents is not True
                and minimum_order_amount_in_cents is not False
            ):
                raise FieldError("integer", minimum_order_amount_in_cents, "minimum_order_amount_in_cents")

        price_in_cents = d.get("price_in_cents", UNSET)
        if not (type(price_in_cents) is int):
            if price_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(price_in_cents, int) and price_in_cents is not True and price_in_cents is not False):
                raise FieldError("integer", price_in_cents, "price_in_cents")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        description = d.get("description", UNSET)
        if not (type(description) is str):
            if description is UNSET:
                n__absent += 1
            elif not isinstance(description, str):
                raise FieldError("string", description, "description")

        _errors = d.get("errors", UNSET)
        errors: list[str] | Unset = UNSET
        if isinstance(_errors, list):
            for errors_item in _errors:
                if not (type(errors_item) is str) and not isinstance(errors_item, str):
                    raise FieldError("string", errors_item, _position(_errors, errors_item), "errors")
            errors = _errors
        elif _errors is not UNSET:
            raise FieldError("array", _errors, "errors")

        if errors is UNSET:
            n__absent += 1

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        label = d.get("label", UNSET)
        if not (type(label) is str):
            if label is UNSET:
                n__absent += 1
            elif not isinstance(label, str):
                raise FieldError("string", label, "label")

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        range_ = d.get("range", UNSET)
        if not (type(range_) is str):
            if range_ is UNSET:
                n__absent += 1
            elif not isinstance(range_, str):
                raise FieldError("string", range_, "range")

        rate_id = d.get("rate_id", UNSET)
        if not (type(rate_id) is str or rate_id is None):
            if rate_id is UNSET:
                n__absent += 1
            elif not (isinstance(rate_id, str) or rate_id is None):
                raise FieldError("string or null", rate_id, "rate_id")

        signed_attributes = d.get("signed_attributes", UNSET)
        if not (type(signed_attributes) is str or signed_attributes is None):
            if signed_attributes is UNSET:
                n__absent += 1
            elif not (isinstance(signed_attributes, str) or signed_attributes is None):
                raise FieldError("string or null", signed_attributes, "signed_attributes")

        _tax_category_id = d.get("tax_category_id", UNSET)
        tax_category_id: None | Unset | UUID
        if _tax_category_id is None or _tax_category_id is UNSET:
            tax_category_id = _tax_category_id
        elif isinstance(_tax_category_id, str):
            _tax_category_id_type_0 = _tax_category_id
            try:
                tax_category_id_type_0 = parse_uuid(_tax_category_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_category_id_type_0, "tax_category_id") from None

            tax_category_id = tax_category_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_category_id, "tax_category_id")

        if tax_category_id is UNSET:
            n__absent += 1

        type_ = d.get("type", UNSET)
        if not (type(type_) is str):
            if type_ is UNSET:
                n__absent += 1
            elif not isinstance(type_, str):
                raise FieldError("string", type_, "type")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order_delivery_rate_attributes = _new__object(cls)
            order_delivery_rate_attributes.carrier_id = carrier_id
            order_delivery_rate_attributes.minimum_order_amount_in_cents = minimum_order_amount_in_cents
            order_delivery_rate_attributes.price_in_cents = price_in_cents
            order_delivery_rate_attributes.created_at = created_at
            order_delivery_rate_attributes.description = description
            order_delivery_rate_attributes.errors = errors
            order_delivery_rate_attributes.identifier = identifier
            order_delivery_rate_attributes.label = label
            order_delivery_rate_attributes.order_id = order_id
            order_delivery_rate_attributes.range_ = range_
            order_delivery_rate_attributes.rate_id = rate_id
            order_delivery_rate_attributes.signed_attributes = signed_attributes
            order_delivery_rate_attributes.tax_category_id = tax_category_id
            order_delivery_rate_attributes.type_ = type_
            order_delivery_rate_attributes.updated_at = updated_at
            order_delivery_rate_attributes.additional_properties = {}
        else:
            order_delivery_rate_attributes = cls(
                carrier_id,
                minimum_order_amount_in_cents,
                price_in_cents,
                created_at,
                description,
                errors,
                identifier,
                label,
                order_id,
                range_,
                rate_id,
                signed_attributes,
                tax_category_id,
                type_,
                updated_at,
            )
        if len(d) + n__absent != 15:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "carrier_id",
                    "minimum_order_amount_in_cents",
                    "price_in_cents",
                    "created_at",
                    "description",
                    "errors",
                    "identifier",
                    "label",
                    "order_id",
                    "range",
                    "rate_id",
                    "signed_attributes",
                    "tax_category_id",
                    "type",
                    "updated_at",
                }
            }
            order_delivery_rate_attributes.additional_properties = extra__props
        return order_delivery_rate_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[OrderDeliveryRateAttributes] | None = (
    OrderDeliveryRateAttributes
    if {field.name for field in _attrs_fields(OrderDeliveryRateAttributes)}
    == {
        "carrier_id",
        "minimum_order_amount_in_cents",
        "price_in_cents",
        "created_at",
        "description",
        "errors",
        "identifier",
        "label",
        "order_id",
        "range_",
        "rate_id",
        "signed_attributes",
        "tax_category_id",
        "type_",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(OrderDeliveryRateAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
