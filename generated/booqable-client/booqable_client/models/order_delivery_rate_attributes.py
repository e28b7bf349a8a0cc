from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDeliveryRateAttributes")


@_attrs_define
class OrderDeliveryRateAttributes:
    """Attributes of an order delivery rate as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            carrier_id (None | Unset | UUID): ID of the related carrier. Can only be set when the record is created.
            created_at (datetime.datetime | Unset): When the record was created.
            description (str | Unset): Returned in the examples but missing from the field list; its type is inferred.
            errors (list[str] | Unset): Returned in the examples but missing from the field list; its type is inferred.
            identifier (str | Unset):
            label (str | Unset): Returned in the examples but missing from the field list; its type is inferred.
            minimum_order_amount_in_cents (int | Unset): Minimum order amount, in cents.
            order_id (UUID | Unset): ID of the related order.
            price_in_cents (int | Unset): Price, in cents.
            range_ (str | Unset): Returned in the examples but missing from the field list; its type is inferred.
            rate_id (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            signed_attributes (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            tax_category_id (None | Unset | UUID): ID of the related tax category.
            type_ (str | Unset): Returned in the examples but missing from the field list; its type is inferred.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    carrier_id: None | Unset | UUID = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    errors: list[str] | Unset = UNSET
    identifier: str | Unset = UNSET
    label: str | Unset = UNSET
    minimum_order_amount_in_cents: int | Unset = UNSET
    order_id: UUID | Unset = UNSET
    price_in_cents: int | Unset = UNSET
    range_: str | Unset = UNSET
    rate_id: None | str | Unset = UNSET
    signed_attributes: None | str | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
    type_: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_id: None | str | Unset
        if isinstance(self.carrier_id, Unset):
            carrier_id = UNSET
        elif isinstance(self.carrier_id, UUID):
            carrier_id = str(self.carrier_id)
        else:
            carrier_id = self.carrier_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        description = self.description

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        identifier = self.identifier

        label = self.label

        minimum_order_amount_in_cents = self.minimum_order_amount_in_cents

        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)

        price_in_cents = self.price_in_cents

        range_ = self.range_

        rate_id: None | str | Unset
        if isinstance(self.rate_id, Unset):
            rate_id = UNSET
        else:
            rate_id = self.rate_id

        signed_attributes: None | str | Unset
        if isinstance(self.signed_attributes, Unset):
            signed_attributes = UNSET
        else:
            signed_attributes = self.signed_attributes

        tax_category_id: None | str | Unset
        if isinstance(self.tax_category_id, Unset):
            tax_category_id = UNSET
        elif isinstance(self.tax_category_id, UUID):
            tax_category_id = str(self.tax_category_id)
        else:
            tax_category_id = self.tax_category_id

        type_ = self.type_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_id is not UNSET:
            field_dict["carrier_id"] = carrier_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if errors is not UNSET:
            field_dict["errors"] = errors
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if label is not UNSET:
            field_dict["label"] = label
        if minimum_order_amount_in_cents is not UNSET:
            field_dict["minimum_order_amount_in_cents"] = minimum_order_amount_in_cents
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        if range_ is not UNSET:
            field_dict["range"] = range_
        if rate_id is not UNSET:
            field_dict["rate_id"] = rate_id
        if signed_attributes is not UNSET:
            field_dict["signed_attributes"] = signed_attributes
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderDeliveryRateAttributes)", src_dict)
        d = dict(src_dict)
        _carrier_id = d.pop("carrier_id", UNSET)
        carrier_id: None | Unset | UUID
        if _carrier_id is None or _carrier_id is UNSET:
            carrier_id = _carrier_id
        elif isinstance(_carrier_id, str):
            _carrier_id_type_0 = _carrier_id
            try:
                carrier_id_type_0 = UUID(_carrier_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _carrier_id_type_0, "carrier_id") from None

            carrier_id = carrier_id_type_0
        else:
            raise FieldError("UUID string or null", _carrier_id, "carrier_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        description = d.pop("description", UNSET)
        if not isinstance(description, str) and description is not UNSET:
            raise FieldError("string", description, "description")

        _errors = d.pop("errors", UNSET)
        errors: list[str] | Unset = UNSET
        if isinstance(_errors, list):
            for errors_item in _errors:
                if not isinstance(errors_item, str):
                    raise FieldError("string", errors_item, _position(_errors, errors_item), "errors")
            errors = _errors
        elif _errors is not UNSET:
            raise FieldError("array", _errors, "errors")

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        label = d.pop("label", UNSET)
        if not isinstance(label, str) and label is not UNSET:
            raise FieldError("string", label, "label")

        minimum_order_amount_in_cents = d.pop("minimum_order_amount_in_cents", UNSET)
        if (
            not (
                isinstance(minimum_order_amount_in_cents, int)
                and minimum_order_amount_in_cents is not True
                and minimum_order_amount_in_cents is not False
            )
            and minimum_order_amount_in_cents is not UNSET
        ):
            raise FieldError("integer", minimum_order_amount_in_cents, "minimum_order_amount_in_cents")

        _order_id = d.pop("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = UUID(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        price_in_cents = d.pop("price_in_cents", UNSET)
        if (
            not (isinstance(price_in_cents, int) and price_in_cents is not True and price_in_cents is not False)
            and price_in_cents is not UNSET
        ):
            raise FieldError("integer", price_in_cents, "price_in_cents")

        range_ = d.pop("range", UNSET)
        if not isinstance(range_, str) and range_ is not UNSET:
            raise FieldError("string", range_, "range")

        rate_id = d.pop("rate_id", UNSET)
        if not (isinstance(rate_id, str) or rate_id is None) and rate_id is not UNSET:
            raise FieldError("string or null", rate_id, "rate_id")

        signed_attributes = d.pop("signed_attributes", UNSET)
        if not (isinstance(signed_attributes, str) or signed_attributes is None) and signed_attributes is not UNSET:
            raise FieldError("string or null", signed_attributes, "signed_attributes")

        _tax_category_id = d.pop("tax_category_id", UNSET)
        tax_category_id: None | Unset | UUID
        if _tax_category_id is None or _tax_category_id is UNSET:
            tax_category_id = _tax_category_id
        elif isinstance(_tax_category_id, str):
            _tax_category_id_type_0 = _tax_category_id
            try:
                tax_category_id_type_0 = UUID(_tax_category_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_category_id_type_0, "tax_category_id") from None

            tax_category_id = tax_category_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_category_id, "tax_category_id")

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str) and type_ is not UNSET:
            raise FieldError("string", type_, "type")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        order_delivery_rate_attributes = cls(
            carrier_id=carrier_id,
            created_at=created_at,
            description=description,
            errors=errors,
            identifier=identifier,
            label=label,
            minimum_order_amount_in_cents=minimum_order_amount_in_cents,
            order_id=order_id,
            price_in_cents=price_in_cents,
            range_=range_,
            rate_id=rate_id,
            signed_attributes=signed_attributes,
            tax_category_id=tax_category_id,
            type_=type_,
            updated_at=updated_at,
        )

        order_delivery_rate_attributes.additional_properties = d
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
