from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deposit_type import DepositType
from ..models.discount_type import DiscountType
from ..models.fulfillment_type import FulfillmentType
from ..models.rental_status import RentalStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


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
        order_delivery_rate_attributes (JsonObject | Unset): A free-form JSON object.
        order_delivery_rate_id (None | Unset | UUID): ID of the related order delivery rate.
        override_period_restrictions (bool | Unset):
        properties_attributes (list[JsonObject] | Unset):
        start_location_id (UUID | Unset): ID of the related start location.
        starts_at (datetime.datetime | None | Unset): Start of the rental period.
        status (RentalStatus | Unset): Where an order, planning or stock item planning is in the rental flow. `concept`
            is the former name of `draft`; recorded responses still return it for older orders.
        stop_location_id (UUID | Unset): ID of the related stop location.
        stops_at (datetime.datetime | None | Unset): End of the rental period.
        tag_list (list[str] | Unset):
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
    order_delivery_rate_attributes: JsonObject | Unset = UNSET
    order_delivery_rate_id: None | Unset | UUID = UNSET
    override_period_restrictions: bool | Unset = UNSET
    properties_attributes: list[JsonObject] | Unset = UNSET
    start_location_id: UUID | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    status: RentalStatus | Unset = UNSET
    stop_location_id: UUID | Unset = UNSET
    stops_at: datetime.datetime | None | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_address_property_id: None | str | Unset
        if isinstance(self.billing_address_property_id, Unset):
            billing_address_property_id = UNSET
        elif isinstance(self.billing_address_property_id, UUID):
            billing_address_property_id = str(self.billing_address_property_id)
        else:
            billing_address_property_id = self.billing_address_property_id

        confirm_shortage = self.confirm_shortage

        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        elif isinstance(self.coupon_id, UUID):
            coupon_id = str(self.coupon_id)
        else:
            coupon_id = self.coupon_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        elif isinstance(self.customer_id, UUID):
            customer_id = str(self.customer_id)
        else:
            customer_id = self.customer_id

        delivery_address: None | str | Unset
        if isinstance(self.delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = self.delivery_address

        delivery_address_property_id: None | str | Unset
        if isinstance(self.delivery_address_property_id, Unset):
            delivery_address_property_id = UNSET
        elif isinstance(self.delivery_address_property_id, UUID):
            delivery_address_property_id = str(self.delivery_address_property_id)
        else:
            delivery_address_property_id = self.delivery_address_property_id

        deposit_type: None | str | Unset
        if isinstance(self.deposit_type, Unset):
            deposit_type = UNSET
        elif isinstance(self.deposit_type, DepositType):
            deposit_type = self.deposit_type.value
        else:
            deposit_type = self.deposit_type

        deposit_value = self.deposit_value

        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = self.discount_type.value

        discount_value = self.discount_value

        dismiss_coupon_errors = self.dismiss_coupon_errors

        fulfillment_type: str | Unset = UNSET
        if not isinstance(self.fulfillment_type, Unset):
            fulfillment_type = self.fulfillment_type.value

        order_delivery_rate_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_delivery_rate_attributes, Unset):
            order_delivery_rate_attributes = self.order_delivery_rate_attributes.to_dict()

        order_delivery_rate_id: None | str | Unset
        if isinstance(self.order_delivery_rate_id, Unset):
            order_delivery_rate_id = UNSET
        elif isinstance(self.order_delivery_rate_id, UUID):
            order_delivery_rate_id = str(self.order_delivery_rate_id)
        else:
            order_delivery_rate_id = self.order_delivery_rate_id

        override_period_restrictions = self.override_period_restrictions

        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = []
            for properties_attributes_item_data in self.properties_attributes:
                properties_attributes_item = properties_attributes_item_data.to_dict()
                properties_attributes.append(properties_attributes_item)

        start_location_id: str | Unset = UNSET
        if not isinstance(self.start_location_id, Unset):
            start_location_id = str(self.start_location_id)

        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")
        else:
            starts_at = self.starts_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stop_location_id: str | Unset = UNSET
        if not isinstance(self.stop_location_id, Unset):
            stop_location_id = str(self.stop_location_id)

        stops_at: None | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, datetime.datetime):
            stops_at = self.stops_at.isoformat().replace("+00:00", "Z")
        else:
            stops_at = self.stops_at

        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = self.tag_list

        tax_region_id: None | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UUID):
            tax_region_id = str(self.tax_region_id)
        else:
            tax_region_id = self.tax_region_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_address_property_id is not UNSET:
            field_dict["billing_address_property_id"] = billing_address_property_id
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if delivery_address is not UNSET:
            field_dict["delivery_address"] = delivery_address
        if delivery_address_property_id is not UNSET:
            field_dict["delivery_address_property_id"] = delivery_address_property_id
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        if deposit_value is not UNSET:
            field_dict["deposit_value"] = deposit_value
        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        if discount_value is not UNSET:
            field_dict["discount_value"] = discount_value
        if dismiss_coupon_errors is not UNSET:
            field_dict["dismiss_coupon_errors"] = dismiss_coupon_errors
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if order_delivery_rate_attributes is not UNSET:
            field_dict["order_delivery_rate_attributes"] = order_delivery_rate_attributes
        if order_delivery_rate_id is not UNSET:
            field_dict["order_delivery_rate_id"] = order_delivery_rate_id
        if override_period_restrictions is not UNSET:
            field_dict["override_period_restrictions"] = override_period_restrictions
        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes
        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
        if stop_location_id is not UNSET:
            field_dict["stop_location_id"] = stop_location_id
        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_billing_address_property_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_address_property_id_type_0 = UUID(data)

                return billing_address_property_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        billing_address_property_id = _parse_billing_address_property_id(d.pop("billing_address_property_id", UNSET))

        confirm_shortage = d.pop("confirm_shortage", UNSET)

        def _parse_coupon_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                coupon_id_type_0 = UUID(data)

                return coupon_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        coupon_id = _parse_coupon_id(d.pop("coupon_id", UNSET))

        def _parse_customer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_id_type_0 = UUID(data)

                return customer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_delivery_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_address = _parse_delivery_address(d.pop("delivery_address", UNSET))

        def _parse_delivery_address_property_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_address_property_id_type_0 = UUID(data)

                return delivery_address_property_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        delivery_address_property_id = _parse_delivery_address_property_id(d.pop("delivery_address_property_id", UNSET))

        def _parse_deposit_type(data: object) -> DepositType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deposit_type_type_0 = DepositType(data)

                return deposit_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DepositType | None | Unset, data)

        deposit_type = _parse_deposit_type(d.pop("deposit_type", UNSET))

        deposit_value = d.pop("deposit_value", UNSET)

        _discount_type = d.pop("discount_type", UNSET)
        discount_type: DiscountType | Unset
        if isinstance(_discount_type, Unset):
            discount_type = UNSET
        else:
            discount_type = DiscountType(_discount_type)

        discount_value = d.pop("discount_value", UNSET)

        dismiss_coupon_errors = d.pop("dismiss_coupon_errors", UNSET)

        _fulfillment_type = d.pop("fulfillment_type", UNSET)
        fulfillment_type: FulfillmentType | Unset
        if isinstance(_fulfillment_type, Unset):
            fulfillment_type = UNSET
        else:
            fulfillment_type = FulfillmentType(_fulfillment_type)

        _order_delivery_rate_attributes = d.pop("order_delivery_rate_attributes", UNSET)
        order_delivery_rate_attributes: JsonObject | Unset
        if isinstance(_order_delivery_rate_attributes, Unset):
            order_delivery_rate_attributes = UNSET
        else:
            order_delivery_rate_attributes = JsonObject.from_dict(_order_delivery_rate_attributes)

        def _parse_order_delivery_rate_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_delivery_rate_id_type_0 = UUID(data)

                return order_delivery_rate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        order_delivery_rate_id = _parse_order_delivery_rate_id(d.pop("order_delivery_rate_id", UNSET))

        override_period_restrictions = d.pop("override_period_restrictions", UNSET)

        _properties_attributes = d.pop("properties_attributes", UNSET)
        properties_attributes: list[JsonObject] | Unset = UNSET
        if _properties_attributes is not UNSET:
            properties_attributes = []
            for properties_attributes_item_data in _properties_attributes:
                properties_attributes_item = JsonObject.from_dict(properties_attributes_item_data)

                properties_attributes.append(properties_attributes_item)

        _start_location_id = d.pop("start_location_id", UNSET)
        start_location_id: UUID | Unset
        if isinstance(_start_location_id, Unset):
            start_location_id = UNSET
        else:
            start_location_id = UUID(_start_location_id)

        def _parse_starts_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_at_type_0 = datetime.datetime.fromisoformat(data)

                return starts_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        starts_at = _parse_starts_at(d.pop("starts_at", UNSET))

        _status = d.pop("status", UNSET)
        status: RentalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RentalStatus(_status)

        _stop_location_id = d.pop("stop_location_id", UNSET)
        stop_location_id: UUID | Unset
        if isinstance(_stop_location_id, Unset):
            stop_location_id = UNSET
        else:
            stop_location_id = UUID(_stop_location_id)

        def _parse_stops_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stops_at_type_0 = datetime.datetime.fromisoformat(data)

                return stops_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        stops_at = _parse_stops_at(d.pop("stops_at", UNSET))

        tag_list = cast(list[str], d.pop("tag_list", UNSET))

        def _parse_tax_region_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_region_id_type_0 = UUID(data)

                return tax_region_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tax_region_id = _parse_tax_region_id(d.pop("tax_region_id", UNSET))

        order_write_attributes = cls(
            billing_address_property_id=billing_address_property_id,
            confirm_shortage=confirm_shortage,
            coupon_id=coupon_id,
            customer_id=customer_id,
            delivery_address=delivery_address,
            delivery_address_property_id=delivery_address_property_id,
            deposit_type=deposit_type,
            deposit_value=deposit_value,
            discount_type=discount_type,
            discount_value=discount_value,
            dismiss_coupon_errors=dismiss_coupon_errors,
            fulfillment_type=fulfillment_type,
            order_delivery_rate_attributes=order_delivery_rate_attributes,
            order_delivery_rate_id=order_delivery_rate_id,
            override_period_restrictions=override_period_restrictions,
            properties_attributes=properties_attributes,
            start_location_id=start_location_id,
            starts_at=starts_at,
            status=status,
            stop_location_id=stop_location_id,
            stops_at=stops_at,
            tag_list=tag_list,
            tax_region_id=tax_region_id,
        )

        order_write_attributes.additional_properties = d
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
