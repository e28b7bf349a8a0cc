from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDeliveryRateWriteAttributes")


@_attrs_define
class OrderDeliveryRateWriteAttributes:
    """Attributes that can be sent when creating or updating an order delivery rate.

    Attributes:
        carrier_id (None | Unset | UUID): ID of the related carrier. Can only be set when the record is created.
        identifier (str | Unset):
        minimum_order_amount_in_cents (int | Unset): Minimum order amount, in cents.
        order_id (UUID | Unset): ID of the related order.
        price_in_cents (int | Unset): Price, in cents.
        rate_id (str | Unset):
        signed_attributes (str | Unset):
        tax_category_id (None | Unset | UUID): ID of the related tax category.
    """

    carrier_id: None | Unset | UUID = UNSET
    identifier: str | Unset = UNSET
    minimum_order_amount_in_cents: int | Unset = UNSET
    order_id: UUID | Unset = UNSET
    price_in_cents: int | Unset = UNSET
    rate_id: str | Unset = UNSET
    signed_attributes: str | Unset = UNSET
    tax_category_id: None | Unset | UUID = UNSET
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
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        minimum_order_amount_in_cents = self.minimum_order_amount_in_cents
        if minimum_order_amount_in_cents is not UNSET:
            field_dict["minimum_order_amount_in_cents"] = minimum_order_amount_in_cents
        order_id: str | Unset = UNSET
        if not isinstance(self.order_id, Unset):
            order_id = str(self.order_id)
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        price_in_cents = self.price_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        rate_id = self.rate_id
        if rate_id is not UNSET:
            field_dict["rate_id"] = rate_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderDeliveryRateWriteAttributes)", d)
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

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

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

        _order_id = d.get("order_id", UNSET)
        order_id: UUID | Unset = UNSET
        if _order_id is not UNSET:
            try:
                order_id = parse_uuid(_order_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id, "order_id") from None

        if order_id is UNSET:
            n__absent += 1

        price_in_cents = d.get("price_in_cents", UNSET)
        if not (type(price_in_cents) is int):
            if price_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(price_in_cents, int) and price_in_cents is not True and price_in_cents is not False):
                raise FieldError("integer", price_in_cents, "price_in_cents")

        rate_id = d.get("rate_id", UNSET)
        if not (type(rate_id) is str):
            if rate_id is UNSET:
                n__absent += 1
            elif not isinstance(rate_id, str):
                raise FieldError("string", rate_id, "rate_id")

        signed_attributes = d.get("signed_attributes", UNSET)
        if not (type(signed_attributes) is str):
            if signed_attributes is UNSET:
                n__absent += 1
            elif not isinstance(signed_attributes, str):
                raise FieldError("string", signed_attributes, "signed_attributes")

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

        if cls is _plain__class:
            order_delivery_rate_write_attributes = _new__object(cls)
            order_delivery_rate_write_attributes.carrier_id = carrier_id
            order_delivery_rate_write_attributes.identifier = identifier
            order_delivery_rate_write_attributes.minimum_order_amount_in_cents = minimum_order_amount_in_cents
            order_delivery_rate_write_attributes.order_id = order_id
            order_delivery_rate_write_attributes.price_in_cents = price_in_cents
            order_delivery_rate_write_attributes.rate_id = rate_id
            order_delivery_rate_write_attributes.signed_attributes = signed_attributes
            order_delivery_rate_write_attributes.tax_category_id = tax_category_id
            order_delivery_rate_write_attributes.additional_properties = {}
        else:
            order_delivery_rate_write_attributes = cls(
                carrier_id,
                identifier,
                minimum_order_amount_in_cents,
                order_id,
                price_in_cents,
                rate_id,
                signed_attributes,
                tax_category_id,
            )
        if len(d) + n__absent != 8:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "carrier_id",
                    "identifier",
                    "minimum_order_amount_in_cents",
                    "order_id",
                    "price_in_cents",
                    "rate_id",
                    "signed_attributes",
                    "tax_category_id",
                }
            }
            order_delivery_rate_write_attributes.additional_properties = extra__props
        return order_delivery_rate_write_attributes

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

    if TYPE_CHECKING:
        from ..models.app_carrier import AppCarrier
        from ..models.order import Order
        from ..models.tax_category import TaxCategory

    def relate(
        self,
        *,
        carrier: AppCarrier | None | Unset = UNSET,
        order: Order | Unset = UNSET,
        tax_category: TaxCategory | None | Unset = UNSET,
    ) -> OrderDeliveryRateWriteAttributes:
        """Point this order delivery rate at related records, by model: each keyword sets an id attribute.

        `carrier=` sets `carrier_id` (`None` clears it).
        `order=` sets `order_id`.
        `tax_category=` sets `tax_category_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(carrier, Unset):
            self.carrier_id = None if carrier is None else carrier.id
        if not isinstance(order, Unset):
            self.order_id = order.id
        if not isinstance(tax_category, Unset):
            self.tax_category_id = None if tax_category is None else tax_category.id
        return self


_plain__class: type[OrderDeliveryRateWriteAttributes] | None = (
    OrderDeliveryRateWriteAttributes
    if {field.name for field in _attrs_fields(OrderDeliveryRateWriteAttributes)}
    == {
        "carrier_id",
        "identifier",
        "minimum_order_amount_in_cents",
        "order_id",
        "price_in_cents",
        "rate_id",
        "signed_attributes",
        "tax_category_id",
        "additional_properties",
    }
    and not hasattr(OrderDeliveryRateWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
