from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
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
from ..models.deposit_type import DepositType
from ..models.discount_type import DiscountType
from ..models.fulfillment_type import FulfillmentType
from ..models.rental_status import RentalStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderWriteAttributes")


@_attrs_define
class OrderWriteAttributes:
    """Attributes that can be sent when creating or updating a order.

    Attributes:
        billing_address_property_id (None | Unset | UUID): ID of the related billing address property.
        confirm_shortage (bool | Unset): Send true to go ahead with a change despite a shortage warning.
        coupon_id (None | Unset | UUID): ID of the related coupon.
        customer_id (None | Unset | UUID): ID of the related customer.
        delivery_address (None | str | Unset): Formatted delivery address; set it through `delivery_address_property_id`
            or `properties_attributes`.
        delivery_address_property_id (None | Unset | UUID): ID of the related delivery address property.
        deposit_type (DepositType | None | Unset):
        deposit_value (float | Unset):
        discount_type (DiscountType | Unset): How the discount value is read.
        discount_value (float | Unset):
        dismiss_coupon_errors (bool | Unset):
        fulfillment_type (FulfillmentType | Unset): Whether the customer collects the items or they are delivered.
        order_delivery_rate_attributes (dict[str, Any] | Unset): A free-form JSON object.
        order_delivery_rate_id (None | Unset | UUID): ID of the related order delivery rate.
        override_period_restrictions (bool | Unset):
        properties_attributes (Sequence[dict[str, Any]] | Unset):
        start_location_id (UUID | Unset): ID of the related start location.
        starts_at (datetime.datetime | None | Unset): Start of the rental period.
        status (RentalStatus | Unset): Where an order, planning or stock item planning is in the rental flow. `concept`
            is the former name of `draft`; recorded responses still return it for older orders.
        stop_location_id (UUID | Unset): ID of the related stop location.
        stops_at (datetime.datetime | None | Unset): End of the rental period.
        tag_list (Sequence[str] | Unset):
        tax_region_id (None | Unset | UUID): ID of the related tax region.
    """

    billing_address_property_id: None | Unset | UUID = UNSET
    confirm_shortage: bool | Unset = UNSET
    coupon_id: None | Unset | UUID = UNSET
    customer_id: None | Unset | UUID = UNSET
    delivery_address: None | str | Unset = UNSET
    delivery_address_property_id: None | Unset | UUID = UNSET
    deposit_type: DepositType | None | Unset = UNSET
    deposit_value: float | Unset = UNSET
    discount_type: DiscountType | Unset = UNSET
    discount_value: float | Unset = UNSET
    dismiss_coupon_errors: bool | Unset = UNSET
    fulfillment_type: FulfillmentType | Unset = UNSET
    order_delivery_rate_attributes: dict[str, Any] | Unset = UNSET
    order_delivery_rate_id: None | Unset | UUID = UNSET
    override_period_restrictions: bool | Unset = UNSET
    properties_attributes: Sequence[dict[str, Any]] | Unset = UNSET
    start_location_id: UUID | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    status: RentalStatus | Unset = UNSET
    stop_location_id: UUID | Unset = UNSET
    stops_at: datetime.datetime | None | Unset = UNSET
    tag_list: Sequence[str] | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        billing_address_property_id: None | str | Unset
        if isinstance(self.billing_address_property_id, Unset):
            billing_address_property_id = UNSET
        elif isinstance(self.billing_address_property_id, UUID):
            billing_address_property_id = str(self.billing_address_property_id)
        else:
            billing_address_property_id = self.billing_address_property_id
        if billing_address_property_id is not UNSET:
            field_dict["billing_address_property_id"] = billing_address_property_id
        confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        elif isinstance(self.coupon_id, UUID):
            coupon_id = str(self.coupon_id)
        else:
            coupon_id = self.coupon_id
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        delivery_address: None | str | Unset
        if isinstance(self.delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = self.delivery_address
        if delivery_address is not UNSET:
            field_dict["delivery_address"] = delivery_address
        delivery_address_property_id: None | str | Unset
        if isinstance(self.delivery_address_property_id, Unset):
            delivery_address_property_id = UNSET
        elif isinstance(self.delivery_address_property_id, UUID):
            delivery_address_property_id = str(self.delivery_address_property_id)
        else:
            delivery_address_property_id = self.delivery_address_property_id
        if delivery_address_property_id is not UNSET:
            field_dict["delivery_address_property_id"] = delivery_address_property_id
        deposit_type: None | str | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, DepositType):
            deposit_type = self.deposit_type.value
        else:
            deposit_type = self.deposit_type
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        deposit_value = self.deposit_value
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = self.discount_type.value

        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        discount_value = self.discount_value
        if discount_value is not UNSET:
            field_dict["discount_value"] = discount_value
        dismiss_coupon_errors = self.dismiss_coupon_errors
        if dismiss_coupon_errors is not UNSET:
            field_dict["dismiss_coupon_errors"] = dismiss_coupon_errors
        fulfillment_type: str | Unset = UNSET
        if not isinstance(self.fulfillment_type, Unset):
            fulfillment_type = self.fulfillment_type.value

        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        order_delivery_rate_attributes = self.order_delivery_rate_attributes
        if order_delivery_rate_attributes is not UNSET:
            field_dict["order_delivery_rate_attributes"] = order_delivery_rate_attributes
        order_delivery_rate_id: None | str | Unset
        if isinstance(self.order_delivery_rate_id, Unset):
            order_delivery_rate_id = UNSET
        elif isinstance(self.order_delivery_rate_id, UUID):
            order_delivery_rate_id = str(self.order_delivery_rate_id)
        else:
            order_delivery_rate_id = self.order_delivery_rate_id
        if order_delivery_rate_id is not UNSET:
            field_dict["order_delivery_rate_id"] = order_delivery_rate_id
        override_period_restrictions = self.override_period_restrictions
        if override_period_restrictions is not UNSET:
            field_dict["override_period_restrictions"] = override_period_restrictions
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = list(self.properties_attributes)

        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes
        start_location_id: str | Unset = UNSET
        if not isinstance(self.start_location_id, Unset):
            start_location_id = str(self.start_location_id)
        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("starts_at_type_0")
            )
        else:
            starts_at = self.starts_at
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        stop_location_id: str | Unset = UNSET
        if not isinstance(self.stop_location_id, Unset):
            stop_location_id = str(self.stop_location_id)
        if stop_location_id is not UNSET:
            field_dict["stop_location_id"] = stop_location_id
        stops_at: None | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, datetime.datetime):
            stops_at = (
                self.stops_at.isoformat().replace("+00:00", "Z")
                if self.stops_at.tzinfo is not None
                else _naive__datetime("stops_at_type_0")
            )
        else:
            stops_at = self.stops_at
        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = list(self.tag_list)

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_region_id: None | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UUID):
            tax_region_id = str(self.tax_region_id)
        else:
            tax_region_id = self.tax_region_id
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _billing_address_property_id = d.get("billing_address_property_id", UNSET)
        billing_address_property_id: None | Unset | UUID
        if _billing_address_property_id is None or _billing_address_property_id is UNSET:
            billing_address_property_id = _billing_address_property_id
        elif isinstance(_billing_address_property_id, str):
            _billing_address_property_id_type_0 = _billing_address_property_id
            try:
                billing_address_property_id_type_0 = parse_uuid(_billing_address_property_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "UUID", _billing_address_property_id_type_0, "billing_address_property_id"
                ) from None

            billing_address_property_id = billing_address_property_id_type_0
        else:
            raise FieldError("UUID string or null", _billing_address_property_id, "billing_address_property_id")

        if billing_address_property_id is UNSET:
            n__absent += 1

        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not (confirm_shortage is True or confirm_shortage is False):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not isinstance(confirm_shortage, bool):
                raise FieldError("boolean", confirm_shortage, "confirm_shortage")

        _coupon_id = d.get("coupon_id", UNSET)
        coupon_id: None | Unset | UUID
        if _coupon_id is None or _coupon_id is UNSET:
            coupon_id = _coupon_id
        elif isinstance(_coupon_id, str):
            _coupon_id_type_0 = _coupon_id
            try:
                coupon_id_type_0 = parse_uuid(_coupon_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _coupon_id_type_0, "coupon_id") from None

            coupon_id = coupon_id_type_0
        else:
            raise FieldError("UUID string or null", _coupon_id, "coupon_id")

        if coupon_id is UNSET:
            n__absent += 1

        _customer_id = d.get("customer_id", UNSET)
        customer_id: None | Unset | UUID
        if _customer_id is None or _customer_id is UNSET:
            customer_id = _customer_id
        elif isinstance(_customer_id, str):
            _customer_id_type_0 = _customer_id
            try:
                customer_id_type_0 = parse_uuid(_customer_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id_type_0, "customer_id") from None

            customer_id = customer_id_type_0
        else:
            raise FieldError("UUID string or null", _customer_id, "customer_id")

        if customer_id is UNSET:
            n__absent += 1

        delivery_address = d.get("delivery_address", UNSET)
        if not (type(delivery_address) is str or delivery_address is None):
            if delivery_address is UNSET:
                n__absent += 1
            elif not (isinstance(delivery_address, str) or delivery_address is None):
                raise FieldError("string or null", delivery_address, "delivery_address")

        _delivery_address_property_id = d.get("delivery_address_property_id", UNSET)
        delivery_address_property_id: None | Unset | UUID
        if _delivery_address_property_id is None or _delivery_address_property_id is UNSET:
            delivery_address_property_id = _delivery_address_property_id
        elif isinstance(_delivery_address_property_id, str):
            _delivery_address_property_id_type_0 = _delivery_address_property_id
            try:
                delivery_address_property_id_type_0 = parse_uuid(_delivery_address_property_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable(
                    "UUID", _delivery_address_property_id_type_0, "delivery_address_property_id"
                ) from None

            delivery_address_property_id = delivery_address_property_id_type_0
        else:
            raise FieldError("UUID string or null", _delivery_address_property_id, "delivery_address_property_id")

        if delivery_address_property_id is UNSET:
            n__absent += 1

        _deposit_type = d.get("deposit_type", UNSET)
        deposit_type: DepositType | None | Unset
        if _deposit_type is None or _deposit_type is UNSET:
            deposit_type = _deposit_type
        elif isinstance(_deposit_type, str):
            _deposit_type_type_0 = _deposit_type
            if type(_deposit_type_type_0) is str:
                deposit_type_type_0 = DepositType._by__value.get(_deposit_type_type_0) or DepositType(
                    _deposit_type_type_0
                )
            elif isinstance(_deposit_type_type_0, str):
                deposit_type_type_0 = DepositType(_deposit_type_type_0)
            else:
                raise FieldError("string (DepositType)", _deposit_type_type_0, "deposit_type")

            deposit_type = deposit_type_type_0
        else:
            raise FieldError("string (DepositType) or null", _deposit_type, "deposit_type")

        if deposit_type is UNSET:
            n__absent += 1

        deposit_value = d.get("deposit_value", UNSET)
        if not (type(deposit_value) is float or type(deposit_value) is int):
            if deposit_value is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_value, float)
                or (isinstance(deposit_value, int) and deposit_value is not True and deposit_value is not False)
            ):
                raise FieldError("number", deposit_value, "deposit_value")

        _discount_type = d.get("discount_type", UNSET)
        discount_type: DiscountType | Unset = UNSET
        if type(_discount_type) is str:
            discount_type = DiscountType._by__value.get(_discount_type) or DiscountType(_discount_type)
        elif isinstance(_discount_type, str):
            discount_type = DiscountType(_discount_type)
        elif _discount_type is not UNSET:
            raise FieldError("string (DiscountType)", _discount_type, "discount_type")

        if discount_type is UNSET:
            n__absent += 1

        discount_value = d.get("discount_value", UNSET)
        if not (type(discount_value) is float or type(discount_value) is int):
            if discount_value is UNSET:
                n__absent += 1
            elif not (
                isinstance(discount_value, float)
                or (isinstance(discount_value, int) and discount_value is not True and discount_value is not False)
            ):
                raise FieldError("number", discount_value, "discount_value")

        dismiss_coupon_errors = d.get("dismiss_coupon_errors", UNSET)
        if not (dismiss_coupon_errors is True or dismiss_coupon_errors is False):
            if dismiss_coupon_errors is UNSET:
                n__absent += 1
            elif not isinstance(dismiss_coupon_errors, bool):
                raise FieldError("boolean", dismiss_coupon_errors, "dismiss_coupon_errors")

        _fulfillment_type = d.get("fulfillment_type", UNSET)
        fulfillment_type: FulfillmentType | Unset = UNSET
        if type(_fulfillment_type) is str:
            fulfillment_type = FulfillmentType._by__value.get(_fulfillment_type) or FulfillmentType(_fulfillment_type)
        elif isinstance(_fulfillment_type, str):
            fulfillment_type = FulfillmentType(_fulfillment_type)
        elif _fulfillment_type is not UNSET:
            raise FieldError("string (FulfillmentType)", _fulfillment_type, "fulfillment_type")

        if fulfillment_type is UNSET:
            n__absent += 1

        order_delivery_rate_attributes = d.get("order_delivery_rate_attributes", UNSET)
        if not (type(order_delivery_rate_attributes) is dict):
            if order_delivery_rate_attributes is UNSET:
                n__absent += 1
            elif not isinstance(order_delivery_rate_attributes, dict):
                raise FieldError("object", order_delivery_rate_attributes, "order_delivery_rate_attributes")

        _order_delivery_rate_id = d.get("order_delivery_rate_id", UNSET)
        order_delivery_rate_id: None | Unset | UUID
        if _order_delivery_rate_id is None or _order_delivery_rate_id is UNSET:
            order_delivery_rate_id = _order_delivery_rate_id
        elif isinstance(_order_delivery_rate_id, str):
            _order_delivery_rate_id_type_0 = _order_delivery_rate_id
            try:
                order_delivery_rate_id_type_0 = parse_uuid(_order_delivery_rate_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_delivery_rate_id_type_0, "order_delivery_rate_id") from None

            order_delivery_rate_id = order_delivery_rate_id_type_0
        else:
            raise FieldError("UUID string or null", _order_delivery_rate_id, "order_delivery_rate_id")

        if order_delivery_rate_id is UNSET:
            n__absent += 1

        override_period_restrictions = d.get("override_period_restrictions", UNSET)
        if not (override_period_restrictions is True or override_period_restrictions is False):
            if override_period_restrictions is UNSET:
                n__absent += 1
            elif not isinstance(override_period_restrictions, bool):
                raise FieldError("boolean", override_period_restrictions, "override_period_restrictions")

        _properties_attributes = d.get("properties_attributes", UNSET)
        properties_attributes: Sequence[dict[str, Any]] | Unset = UNSET
        if isinstance(_properties_attributes, list):
            for properties_attributes_item in _properties_attributes:
                if not (type(properties_attributes_item) is dict) and not isinstance(properties_attributes_item, dict):
                    raise FieldError(
                        "object",
                        properties_attributes_item,
                        _position(_properties_attributes, properties_attributes_item),
                        "properties_attributes",
                    )
            properties_attributes = _properties_attributes
        elif _properties_attributes is not UNSET:
            raise FieldError("array", _properties_attributes, "properties_attributes")

        if properties_attributes is UNSET:
            n__absent += 1

        _start_location_id = d.get("start_location_id", UNSET)
        start_location_id: UUID | Unset = UNSET
        if _start_location_id is not UNSET:
            try:
                start_location_id = parse_uuid(_start_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _start_location_id, "start_location_id") from None

        if start_location_id is UNSET:
            n__absent += 1

        _starts_at = d.get("starts_at", UNSET)
        starts_at: datetime.datetime | None | Unset
        if _starts_at is None or _starts_at is UNSET:
            starts_at = _starts_at
        elif isinstance(_starts_at, str):
            _starts_at_type_0 = _starts_at
            try:
                starts_at_type_0 = _datetime__parse(_starts_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _starts_at_type_0, "starts_at") from None

            starts_at = starts_at_type_0
        else:
            raise FieldError("date-time string or null", _starts_at, "starts_at")

        if starts_at is UNSET:
            n__absent += 1

        _status = d.get("status", UNSET)
        status: RentalStatus | Unset = UNSET
        if type(_status) is str:
            status = RentalStatus._by__value.get(_status) or RentalStatus(_status)
        elif isinstance(_status, str):
            status = RentalStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (RentalStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _stop_location_id = d.get("stop_location_id", UNSET)
        stop_location_id: UUID | Unset = UNSET
        if _stop_location_id is not UNSET:
            try:
                stop_location_id = parse_uuid(_stop_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stop_location_id, "stop_location_id") from None

        if stop_location_id is UNSET:
            n__absent += 1

        _stops_at = d.get("stops_at", UNSET)
        stops_at: datetime.datetime | None | Unset
        if _stops_at is None or _stops_at is UNSET:
            stops_at = _stops_at
        elif isinstance(_stops_at, str):
            _stops_at_type_0 = _stops_at
            try:
                stops_at_type_0 = _datetime__parse(_stops_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _stops_at_type_0, "stops_at") from None

            stops_at = stops_at_type_0
        else:
            raise FieldError("date-time string or null", _stops_at, "stops_at")

        if stops_at is UNSET:
            n__absent += 1

        _tag_list = d.get("tag_list", UNSET)
        tag_list: Sequence[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not (type(tag_list_item) is str) and not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        _tax_region_id = d.get("tax_region_id", UNSET)
        tax_region_id: None | Unset | UUID
        if _tax_region_id is None or _tax_region_id is UNSET:
            tax_region_id = _tax_region_id
        elif isinstance(_tax_region_id, str):
            _tax_region_id_type_0 = _tax_region_id
            try:
                tax_region_id_type_0 = parse_uuid(_tax_region_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _tax_region_id_type_0, "tax_region_id") from None

            tax_region_id = tax_region_id_type_0
        else:
            raise FieldError("UUID string or null", _tax_region_id, "tax_region_id")

        if tax_region_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            order_write_attributes = _new__object(cls)
            order_write_attributes.billing_address_property_id = billing_address_property_id
            order_write_attributes.confirm_shortage = confirm_shortage
            order_write_attributes.coupon_id = coupon_id
            order_write_attributes.customer_id = customer_id
            order_write_attributes.delivery_address = delivery_address
            order_write_attributes.delivery_address_property_id = delivery_address_property_id
            order_write_attributes.deposit_type = deposit_type
            order_write_attributes.deposit_value = deposit_value
            order_write_attributes.discount_type = discount_type
            order_write_attributes.discount_value = discount_value
            order_write_attributes.dismiss_coupon_errors = dismiss_coupon_errors
            order_write_attributes.fulfillment_type = fulfillment_type
            order_write_attributes.order_delivery_rate_attributes = order_delivery_rate_attributes
            order_write_attributes.order_delivery_rate_id = order_delivery_rate_id
            order_write_attributes.override_period_restrictions = override_period_restrictions
            order_write_attributes.properties_attributes = properties_attributes
            order_write_attributes.start_location_id = start_location_id
            order_write_attributes.starts_at = starts_at
            order_write_attributes.status = status
            order_write_attributes.stop_location_id = stop_location_id
            order_write_attributes.stops_at = stops_at
            order_write_attributes.tag_list = tag_list
            order_write_attributes.tax_region_id = tax_region_id
            order_write_attributes.additional_properties = {}
        else:
            order_write_attributes = cls(
                billing_address_property_id,
                confirm_shortage,
                coupon_id,
                customer_id,
                delivery_address,
                delivery_address_property_id,
                deposit_type,
                deposit_value,
                discount_type,
                discount_value,
                dismiss_coupon_errors,
                fulfillment_type,
                order_delivery_rate_attributes,
                order_delivery_rate_id,
                override_period_restrictions,
                properties_attributes,
                start_location_id,
                starts_at,
                status,
                stop_location_id,
                stops_at,
                tag_list,
                tax_region_id,
            )
        if len(d) + n__absent != 23:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "billing_address_property_id",
                    "confirm_shortage",
                    "coupon_id",
                    "customer_id",
                    "delivery_address",
                    "delivery_address_property_id",
                    "deposit_type",
                    "deposit_value",
                    "discount_type",
                    "discount_value",
                    "dismiss_coupon_errors",
                    "fulfillment_type",
                    "order_delivery_rate_attributes",
                    "order_delivery_rate_id",
                    "override_period_restrictions",
                    "properties_attributes",
                    "start_location_id",
                    "starts_at",
                    "status",
                    "stop_location_id",
                    "stops_at",
                    "tag_list",
                    "tax_region_id",
                }
            }
            order_write_attributes.additional_properties = extra__props
        return order_write_attributes

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
        from ..models.coupon import Coupon
        from ..models.customer import Customer
        from ..models.location import Location
        from ..models.order_delivery_rate import OrderDeliveryRate
        from ..models.tax_region import TaxRegion

    def relate(
        self,
        *,
        coupon: Coupon | None | Unset = UNSET,
        customer: Customer | None | Unset = UNSET,
        order_delivery_rate: OrderDeliveryRate | None | Unset = UNSET,
        start_location: Location | Unset = UNSET,
        stop_location: Location | Unset = UNSET,
        tax_region: TaxRegion | None | Unset = UNSET,
    ) -> OrderWriteAttributes:
        """Point this order at related records, by model: each keyword sets an id attribute.

        `coupon=` sets `coupon_id` (`None` clears it).
        `customer=` sets `customer_id` (`None` clears it).
        `order_delivery_rate=` sets `order_delivery_rate_id` (`None` clears it).
        `start_location=` sets `start_location_id`.
        `stop_location=` sets `stop_location_id`.
        `tax_region=` sets `tax_region_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(coupon, Unset):
            self.coupon_id = None if coupon is None else coupon.id
        if not isinstance(customer, Unset):
            self.customer_id = None if customer is None else customer.id
        if not isinstance(order_delivery_rate, Unset):
            self.order_delivery_rate_id = None if order_delivery_rate is None else order_delivery_rate.id
        if not isinstance(start_location, Unset):
            self.start_location_id = start_location.id
        if not isinstance(stop_location, Unset):
            self.stop_location_id = stop_location.id
        if not isinstance(tax_region, Unset):
            self.tax_region_id = None if tax_region is None else tax_region.id
        return self


_plain__class: type[OrderWriteAttributes] | None = (
    OrderWriteAttributes
    if {field.name for field in _attrs_fields(OrderWriteAttributes)}
    == {
        "billing_address_property_id",
        "confirm_shortage",
        "coupon_id",
        "customer_id",
        "delivery_address",
        "delivery_address_property_id",
        "deposit_type",
        "deposit_value",
        "discount_type",
        "discount_value",
        "dismiss_coupon_errors",
        "fulfillment_type",
        "order_delivery_rate_attributes",
        "order_delivery_rate_id",
        "override_period_restrictions",
        "properties_attributes",
        "start_location_id",
        "starts_at",
        "status",
        "stop_location_id",
        "stops_at",
        "tag_list",
        "tax_region_id",
        "additional_properties",
    }
    and not hasattr(OrderWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
