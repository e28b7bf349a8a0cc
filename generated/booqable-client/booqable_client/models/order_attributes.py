from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
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
from ..models.payment_status import PaymentStatus
from ..models.rental_status import RentalStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_counts import StatusCounts

_refs__resolved = False
_from_dict__StatusCounts: Callable[[Mapping[str, Any]], StatusCounts]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, StatusCounts  # noqa: PLW0603
    global _from_dict__StatusCounts  # noqa: PLW0603
    from ..models.status_counts import StatusCounts  # noqa: PLC0415

    _from_dict__StatusCounts = StatusCounts.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="OrderAttributes")


@_attrs_define
class OrderAttributes:
    """Attributes of a order as read from the API. `required` lists the attributes Booqable always sends; a sparse fieldset
    (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            amount_in_cents (int | Unset): Amount, in cents.
            amount_paid_in_cents (int | Unset): Amount paid, in cents.
            amount_to_be_paid_in_cents (int | None | Unset): Amount to be paid, in cents.
            billing_address_property_id (None | Unset | UUID): ID of the related billing address property.
            coupon_discount_in_cents (int | Unset): Coupon discount, in cents.
            coupon_errors (dict[str, Any] | None | Unset):
            coupon_id (None | Unset | UUID): ID of the related coupon.
            created_at (datetime.datetime | Unset): When the record was created.
            customer_id (None | Unset | UUID): ID of the related customer.
            delivery_address (None | str | Unset): Formatted delivery address; set it through `delivery_address_property_id`
                or `properties_attributes`.
            delivery_address_property_id (None | Unset | UUID): ID of the related delivery address property.
            deposit_held_in_cents (int | Unset): Deposit held, in cents.
            deposit_in_cents (int | Unset): Deposit, in cents.
            deposit_paid_in_cents (int | Unset): Deposit paid, in cents.
            deposit_refunded_in_cents (int | Unset): Deposit refunded, in cents.
            deposit_to_be_paid_in_cents (int | None | Unset): Deposit to be paid, in cents.
            deposit_to_refund_in_cents (int | Unset): Deposit to refund, in cents.
            deposit_type (DepositType | None | Unset):
            deposit_value (float | Unset):
            discount_in_cents (int | Unset): Discount, in cents.
            discount_percentage (float | Unset):
            discount_type (DiscountType | Unset): How the discount value is read.
            entirely_started (bool | Unset):
            entirely_stopped (bool | Unset):
            fulfillment_type (FulfillmentType | Unset): Whether the customer collects the items or they are delivered.
            grand_total_in_cents (int | Unset): Grand total, in cents.
            grand_total_with_tax_in_cents (int | Unset): Grand total with tax, in cents.
            has_signed_contract (bool | Unset):
            item_count (int | Unset):
            location_shortage (bool | Unset):
            number (int | None | Unset): Order number; null until the order gets one.
            order_delivery_rate_id (None | Unset | UUID): ID of the related order delivery rate.
            override_period_restrictions (bool | Unset):
            paid_in_cents (int | Unset): Paid, in cents.
            payment_status (PaymentStatus | Unset): What still has to happen with payments for the order.
            price_in_cents (int | Unset): Price, in cents.
            properties (dict[str, Any] | Unset): A free-form JSON object.
            shortage (bool | Unset): Deprecated duplicate of `location_shortage`.
            start_location_id (UUID | Unset): ID of the related start location.
            starts_at (datetime.datetime | None | Unset): Start of the rental period.
            status (RentalStatus | Unset): Where an order, planning or stock item planning is in the rental flow. `concept`
                is the former name of `draft`; recorded responses still return it for older orders.
            status_counts (StatusCounts | Unset): Number of items per rental status.
            statuses (list[RentalStatus] | Unset): Every status the order's items are in.
            stop_location_id (UUID | Unset): ID of the related stop location.
            stops_at (datetime.datetime | None | Unset): End of the rental period.
            tag_list (list[str] | Unset):
            tax_in_cents (int | Unset): Tax, in cents.
            tax_region_id (None | Unset | UUID): ID of the related tax region.
            to_be_paid_in_cents (int | Unset): To be paid, in cents.
            total_discount_in_cents (int | Unset): Total discount, in cents.
            total_in_cents (int | Unset): Total, in cents.
            total_paid_in_cents (int | Unset): Total paid, in cents.
            total_to_be_paid_in_cents (int | Unset): Total to be paid, in cents.
            updated_at (datetime.datetime | Unset): When the record last changed.
            confirm_shortage (bool | Unset): Send true to go ahead with a change despite a shortage warning.
            discount_value (float | Unset):
            dismiss_coupon_errors (bool | Unset):
            order_delivery_rate_attributes (dict[str, Any] | Unset): A free-form JSON object.
            properties_attributes (list[dict[str, Any]] | Unset):
    """

    amount_in_cents: int | Unset = UNSET
    amount_paid_in_cents: int | Unset = UNSET
    amount_to_be_paid_in_cents: int | None | Unset = UNSET
    billing_address_property_id: None | Unset | UUID = UNSET
    coupon_discount_in_cents: int | Unset = UNSET
    coupon_errors: dict[str, Any] | None | Unset = UNSET
    coupon_id: None | Unset | UUID = UNSET
    created_at: datetime.datetime | Unset = UNSET
    customer_id: None | Unset | UUID = UNSET
    delivery_address: None | str | Unset = UNSET
    delivery_address_property_id: None | Unset | UUID = UNSET
    deposit_held_in_cents: int | Unset = UNSET
    deposit_in_cents: int | Unset = UNSET
    deposit_paid_in_cents: int | Unset = UNSET
    deposit_refunded_in_cents: int | Unset = UNSET
    deposit_to_be_paid_in_cents: int | None | Unset = UNSET
    deposit_to_refund_in_cents: int | Unset = UNSET
    deposit_type: DepositType | None | Unset = UNSET
    deposit_value: float | Unset = UNSET
    discount_in_cents: int | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    discount_type: DiscountType | Unset = UNSET
    entirely_started: bool | Unset = UNSET
    entirely_stopped: bool | Unset = UNSET
    fulfillment_type: FulfillmentType | Unset = UNSET
    grand_total_in_cents: int | Unset = UNSET
    grand_total_with_tax_in_cents: int | Unset = UNSET
    has_signed_contract: bool | Unset = UNSET
    item_count: int | Unset = UNSET
    location_shortage: bool | Unset = UNSET
    number: int | None | Unset = UNSET
    order_delivery_rate_id: None | Unset | UUID = UNSET
    override_period_restrictions: bool | Unset = UNSET
    paid_in_cents: int | Unset = UNSET
    payment_status: PaymentStatus | Unset = UNSET
    price_in_cents: int | Unset = UNSET
    properties: dict[str, Any] | Unset = UNSET
    shortage: bool | Unset = UNSET
    start_location_id: UUID | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    status: RentalStatus | Unset = UNSET
    status_counts: StatusCounts | Unset = UNSET
    statuses: list[RentalStatus] | Unset = UNSET
    stop_location_id: UUID | Unset = UNSET
    stops_at: datetime.datetime | None | Unset = UNSET
    tag_list: list[str] | Unset = UNSET
    tax_in_cents: int | Unset = UNSET
    tax_region_id: None | Unset | UUID = UNSET
    to_be_paid_in_cents: int | Unset = UNSET
    total_discount_in_cents: int | Unset = UNSET
    total_in_cents: int | Unset = UNSET
    total_paid_in_cents: int | Unset = UNSET
    total_to_be_paid_in_cents: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    confirm_shortage: bool | Unset = UNSET
    discount_value: float | Unset = UNSET
    dismiss_coupon_errors: bool | Unset = UNSET
    order_delivery_rate_attributes: dict[str, Any] | Unset = UNSET
    properties_attributes: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        amount_in_cents = self.amount_in_cents
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        amount_paid_in_cents = self.amount_paid_in_cents
        if amount_paid_in_cents is not UNSET:
            field_dict["amount_paid_in_cents"] = amount_paid_in_cents
        amount_to_be_paid_in_cents: int | None | Unset
        if isinstance(self.amount_to_be_paid_in_cents, Unset):
            amount_to_be_paid_in_cents = UNSET
        else:
            amount_to_be_paid_in_cents = self.amount_to_be_paid_in_cents
        if amount_to_be_paid_in_cents is not UNSET:
            field_dict["amount_to_be_paid_in_cents"] = amount_to_be_paid_in_cents
        billing_address_property_id: None | str | Unset
        if isinstance(self.billing_address_property_id, Unset):
            billing_address_property_id = UNSET
        elif isinstance(self.billing_address_property_id, UUID):
            billing_address_property_id = str(self.billing_address_property_id)
        else:
            billing_address_property_id = self.billing_address_property_id
        if billing_address_property_id is not UNSET:
            field_dict["billing_address_property_id"] = billing_address_property_id
        coupon_discount_in_cents = self.coupon_discount_in_cents
        if coupon_discount_in_cents is not UNSET:
            field_dict["coupon_discount_in_cents"] = coupon_discount_in_cents
        coupon_errors: dict[str, Any] | None | Unset
        if isinstance(self.coupon_errors, Unset):
            coupon_errors = UNSET
        else:
            coupon_errors = self.coupon_errors
        if coupon_errors is not UNSET:
            field_dict["coupon_errors"] = coupon_errors
        coupon_id: None | str | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        elif isinstance(self.coupon_id, UUID):
            coupon_id = str(self.coupon_id)
        else:
            coupon_id = self.coupon_id
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
        deposit_held_in_cents = self.deposit_held_in_cents
        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        deposit_in_cents = self.deposit_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        deposit_paid_in_cents = self.deposit_paid_in_cents
        if deposit_paid_in_cents is not UNSET:
            field_dict["deposit_paid_in_cents"] = deposit_paid_in_cents
        deposit_refunded_in_cents = self.deposit_refunded_in_cents
        if deposit_refunded_in_cents is not UNSET:
            field_dict["deposit_refunded_in_cents"] = deposit_refunded_in_cents
        deposit_to_be_paid_in_cents: int | None | Unset
        if isinstance(self.deposit_to_be_paid_in_cents, Unset):
            deposit_to_be_paid_in_cents = UNSET
        else:
            deposit_to_be_paid_in_cents = self.deposit_to_be_paid_in_cents
        if deposit_to_be_paid_in_cents is not UNSET:
            field_dict["deposit_to_be_paid_in_cents"] = deposit_to_be_paid_in_cents
        deposit_to_refund_in_cents = self.deposit_to_refund_in_cents
        if deposit_to_refund_in_cents is not UNSET:
            field_dict["deposit_to_refund_in_cents"] = deposit_to_refund_in_cents
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
        discount_in_cents = self.discount_in_cents
        if discount_in_cents is not UNSET:
            field_dict["discount_in_cents"] = discount_in_cents
        discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        discount_type: str | Unset = UNSET
        if not isinstance(self.discount_type, Unset):
            discount_type = self.discount_type.value

        if discount_type is not UNSET:
            field_dict["discount_type"] = discount_type
        entirely_started = self.entirely_started
        if entirely_started is not UNSET:
            field_dict["entirely_started"] = entirely_started
        entirely_stopped = self.entirely_stopped
        if entirely_stopped is not UNSET:
            field_dict["entirely_stopped"] = entirely_stopped
        fulfillment_type: str | Unset = UNSET
        if not isinstance(self.fulfillment_type, Unset):
            fulfillment_type = self.fulfillment_type.value

        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        grand_total_in_cents = self.grand_total_in_cents
        if grand_total_in_cents is not UNSET:
            field_dict["grand_total_in_cents"] = grand_total_in_cents
        grand_total_with_tax_in_cents = self.grand_total_with_tax_in_cents
        if grand_total_with_tax_in_cents is not UNSET:
            field_dict["grand_total_with_tax_in_cents"] = grand_total_with_tax_in_cents
        has_signed_contract = self.has_signed_contract
        if has_signed_contract is not UNSET:
            field_dict["has_signed_contract"] = has_signed_contract
        item_count = self.item_count
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        location_shortage = self.location_shortage
        if location_shortage is not UNSET:
            field_dict["location_shortage"] = location_shortage
        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number
        if number is not UNSET:
            field_dict["number"] = number
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
        paid_in_cents = self.paid_in_cents
        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        payment_status: str | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = self.payment_status.value

        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        price_in_cents = self.price_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        properties = self.properties
        if properties is not UNSET:
            field_dict["properties"] = properties
        shortage = self.shortage
        if shortage is not UNSET:
            field_dict["shortage"] = shortage
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
        status_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_counts, Unset):
            status_counts = self.status_counts.to_dict()
        if status_counts is not UNSET:
            field_dict["status_counts"] = status_counts
        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        if statuses is not UNSET:
            field_dict["statuses"] = statuses
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
            tag_list = self.tag_list

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_in_cents = self.tax_in_cents
        if tax_in_cents is not UNSET:
            field_dict["tax_in_cents"] = tax_in_cents
        tax_region_id: None | str | Unset
        if isinstance(self.tax_region_id, Unset):
            tax_region_id = UNSET
        elif isinstance(self.tax_region_id, UUID):
            tax_region_id = str(self.tax_region_id)
        else:
            tax_region_id = self.tax_region_id
        if tax_region_id is not UNSET:
            field_dict["tax_region_id"] = tax_region_id
        to_be_paid_in_cents = self.to_be_paid_in_cents
        if to_be_paid_in_cents is not UNSET:
            field_dict["to_be_paid_in_cents"] = to_be_paid_in_cents
        total_discount_in_cents = self.total_discount_in_cents
        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents
        total_in_cents = self.total_in_cents
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents
        total_paid_in_cents = self.total_paid_in_cents
        if total_paid_in_cents is not UNSET:
            field_dict["total_paid_in_cents"] = total_paid_in_cents
        total_to_be_paid_in_cents = self.total_to_be_paid_in_cents
        if total_to_be_paid_in_cents is not UNSET:
            field_dict["total_to_be_paid_in_cents"] = total_to_be_paid_in_cents
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        confirm_shortage = self.confirm_shortage
        if confirm_shortage is not UNSET:
            field_dict["confirm_shortage"] = confirm_shortage
        discount_value = self.discount_value
        if discount_value is not UNSET:
            field_dict["discount_value"] = discount_value
        dismiss_coupon_errors = self.dismiss_coupon_errors
        if dismiss_coupon_errors is not UNSET:
            field_dict["dismiss_coupon_errors"] = dismiss_coupon_errors
        order_delivery_rate_attributes = self.order_delivery_rate_attributes
        if order_delivery_rate_attributes is not UNSET:
            field_dict["order_delivery_rate_attributes"] = order_delivery_rate_attributes
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties_attributes, Unset):
            properties_attributes = self.properties_attributes

        if properties_attributes is not UNSET:
            field_dict["properties_attributes"] = properties_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (OrderAttributes)", d)
            d = dict(d)
        n__absent = 0
        amount_in_cents = d.get("amount_in_cents", UNSET)
        if not (type(amount_in_cents) is int):
            if amount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(amount_in_cents, int) and amount_in_cents is not True and amount_in_cents is not False
            ):
                raise FieldError("integer", amount_in_cents, "amount_in_cents")

        amount_paid_in_cents = d.get("amount_paid_in_cents", UNSET)
        if not (type(amount_paid_in_cents) is int):
            if amount_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(amount_paid_in_cents, int)
                and amount_paid_in_cents is not True
                and amount_paid_in_cents is not False
            ):
                raise FieldError("integer", amount_paid_in_cents, "amount_paid_in_cents")

        amount_to_be_paid_in_cents = d.get("amount_to_be_paid_in_cents", UNSET)
        if not (type(amount_to_be_paid_in_cents) is int or amount_to_be_paid_in_cents is None):
            if amount_to_be_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(amount_to_be_paid_in_cents, int)
                and amount_to_be_paid_in_cents is not True
                and amount_to_be_paid_in_cents is not False
                or amount_to_be_paid_in_cents is None
            ):
                raise FieldError("integer or null", amount_to_be_paid_in_cents, "amount_to_be_paid_in_cents")

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

        coupon_discount_in_cents = d.get("coupon_discount_in_cents", UNSET)
        if not (type(coupon_discount_in_cents) is int):
            if coupon_discount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(coupon_discount_in_cents, int)
                and coupon_discount_in_cents is not True
                and coupon_discount_in_cents is not False
            ):
                raise FieldError("integer", coupon_discount_in_cents, "coupon_discount_in_cents")

        coupon_errors = d.get("coupon_errors", UNSET)
        if not (type(coupon_errors) is dict or coupon_errors is None):
            if coupon_errors is UNSET:
                n__absent += 1
            elif not (isinstance(coupon_errors, dict) or coupon_errors is None):
                raise FieldError("object or null", coupon_errors, "coupon_errors")

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

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
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

        deposit_held_in_cents = d.get("deposit_held_in_cents", UNSET)
        if not (type(deposit_held_in_cents) is int):
            if deposit_held_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_held_in_cents, int)
                and deposit_held_in_cents is not True
                and deposit_held_in_cents is not False
            ):
                raise FieldError("integer", deposit_held_in_cents, "deposit_held_in_cents")

        deposit_in_cents = d.get("deposit_in_cents", UNSET)
        if not (type(deposit_in_cents) is int):
            if deposit_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_in_cents, int) and deposit_in_cents is not True and deposit_in_cents is not False
            ):
                raise FieldError("integer", deposit_in_cents, "deposit_in_cents")

        deposit_paid_in_cents = d.get("deposit_paid_in_cents", UNSET)
        if not (type(deposit_paid_in_cents) is int):
            if deposit_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_paid_in_cents, int)
                and deposit_paid_in_cents is not True
                and deposit_paid_in_cents is not False
            ):
                raise FieldError("integer", deposit_paid_in_cents, "deposit_paid_in_cents")

        deposit_refunded_in_cents = d.get("deposit_refunded_in_cents", UNSET)
        if not (type(deposit_refunded_in_cents) is int):
            if deposit_refunded_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_refunded_in_cents, int)
                and deposit_refunded_in_cents is not True
                and deposit_refunded_in_cents is not False
            ):
                raise FieldError("integer", deposit_refunded_in_cents, "deposit_refunded_in_cents")

        deposit_to_be_paid_in_cents = d.get("deposit_to_be_paid_in_cents", UNSET)
        if not (type(deposit_to_be_paid_in_cents) is int or deposit_to_be_paid_in_cents is None):
            if deposit_to_be_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_to_be_paid_in_cents, int)
                and deposit_to_be_paid_in_cents is not True
                and deposit_to_be_paid_in_cents is not False
                or deposit_to_be_paid_in_cents is None
            ):
                raise FieldError("integer or null", deposit_to_be_paid_in_cents, "deposit_to_be_paid_in_cents")

        deposit_to_refund_in_cents = d.get("deposit_to_refund_in_cents", UNSET)
        if not (type(deposit_to_refund_in_cents) is int):
            if deposit_to_refund_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(deposit_to_refund_in_cents, int)
                and deposit_to_refund_in_cents is not True
                and deposit_to_refund_in_cents is not False
            ):
                raise FieldError("integer", deposit_to_refund_in_cents, "deposit_to_refund_in_cents")

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

        discount_in_cents = d.get("discount_in_cents", UNSET)
        if not (type(discount_in_cents) is int):
            if discount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(discount_in_cents, int) and discount_in_cents is not True and discount_in_cents is not False
            ):
                raise FieldError("integer", discount_in_cents, "discount_in_cents")

        discount_percentage = d.get("discount_percentage", UNSET)
        if not (type(discount_percentage) is float or type(discount_percentage) is int):
            if discount_percentage is UNSET:
                n__absent += 1
            elif not (
                isinstance(discount_percentage, float)
                or (
                    isinstance(discount_percentage, int)
                    and discount_percentage is not True
                    and discount_percentage is not False
                )
            ):
                raise FieldError("number", discount_percentage, "discount_percentage")

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

        entirely_started = d.get("entirely_started", UNSET)
        if not (entirely_started is True or entirely_started is False):
            if entirely_started is UNSET:
                n__absent += 1
            elif not isinstance(entirely_started, bool):
                raise FieldError("boolean", entirely_started, "entirely_started")

        entirely_stopped = d.get("entirely_stopped", UNSET)
        if not (entirely_stopped is True or entirely_stopped is False):
            if entirely_stopped is UNSET:
                n__absent += 1
            elif not isinstance(entirely_stopped, bool):
                raise FieldError("boolean", entirely_stopped, "entirely_stopped")

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

        grand_total_in_cents = d.get("grand_total_in_cents", UNSET)
        if not (type(grand_total_in_cents) is int):
            if grand_total_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(grand_total_in_cents, int)
                and grand_total_in_cents is not True
                and grand_total_in_cents is not False
            ):
                raise FieldError("integer", grand_total_in_cents, "grand_total_in_cents")

        grand_total_with_tax_in_cents = d.get("grand_total_with_tax_in_cents", UNSET)
        if not (type(grand_total_with_tax_in_cents) is int):
            if grand_total_with_tax_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(grand_total_with_tax_in_cents, int)
                and grand_total_with_tax_in_cents is not True
                and grand_total_with_tax_in_cents is not False
            ):
                raise FieldError("integer", grand_total_with_tax_in_cents, "grand_total_with_tax_in_cents")

        has_signed_contract = d.get("has_signed_contract", UNSET)
        if not (has_signed_contract is True or has_signed_contract is False):
            if has_signed_contract is UNSET:
                n__absent += 1
            elif not isinstance(has_signed_contract, bool):
                raise FieldError("boolean", has_signed_contract, "has_signed_contract")

        item_count = d.get("item_count", UNSET)
        if not (type(item_count) is int):
            if item_count is UNSET:
                n__absent += 1
            elif not (isinstance(item_count, int) and item_count is not True and item_count is not False):
                raise FieldError("integer", item_count, "item_count")

        location_shortage = d.get("location_shortage", UNSET)
        if not (location_shortage is True or location_shortage is False):
            if location_shortage is UNSET:
                n__absent += 1
            elif not isinstance(location_shortage, bool):
                raise FieldError("boolean", location_shortage, "location_shortage")

        number = d.get("number", UNSET)
        if not (type(number) is int or number is None):
            if number is UNSET:
                n__absent += 1
            elif not (isinstance(number, int) and number is not True and number is not False or number is None):
                raise FieldError("integer or null", number, "number")

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

        paid_in_cents = d.get("paid_in_cents", UNSET)
        if not (type(paid_in_cents) is int):
            if paid_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(paid_in_cents, int) and paid_in_cents is not True and paid_in_cents is not False):
                raise FieldError("integer", paid_in_cents, "paid_in_cents")

        _payment_status = d.get("payment_status", UNSET)
        payment_status: PaymentStatus | Unset = UNSET
        if type(_payment_status) is str:
            payment_status = PaymentStatus._by__value.get(_payment_status) or PaymentStatus(_payment_status)
        elif isinstance(_payment_status, str):
            payment_status = PaymentStatus(_payment_status)
        elif _payment_status is not UNSET:
            raise FieldError("string (PaymentStatus)", _payment_status, "payment_status")

        if payment_status is UNSET:
            n__absent += 1

        price_in_cents = d.get("price_in_cents", UNSET)
        if not (type(price_in_cents) is int):
            if price_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(price_in_cents, int) and price_in_cents is not True and price_in_cents is not False):
                raise FieldError("integer", price_in_cents, "price_in_cents")

        properties = d.get("properties", UNSET)
        if not (type(properties) is dict):
            if properties is UNSET:
                n__absent += 1
            elif not isinstance(properties, dict):
                raise FieldError("object", properties, "properties")

        shortage = d.get("shortage", UNSET)
        if not (shortage is True or shortage is False):
            if shortage is UNSET:
                n__absent += 1
            elif not isinstance(shortage, bool):
                raise FieldError("boolean", shortage, "shortage")

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

        _status_counts = d.get("status_counts", UNSET)
        status_counts: StatusCounts | Unset = UNSET
        if _status_counts is not UNSET:
            try:
                status_counts = _from_dict__StatusCounts(_status_counts)
            except FieldError as field__error:
                field__error.segments.append("status_counts")
                raise

        if status_counts is UNSET:
            n__absent += 1

        _statuses = d.get("statuses", UNSET)
        statuses: list[RentalStatus] | Unset = UNSET
        if isinstance(_statuses, list):
            statuses = []
            try:
                for statuses_item_data in _statuses:
                    _statuses_item = statuses_item_data
                    if type(_statuses_item) is str:
                        statuses_item = RentalStatus._by__value.get(_statuses_item) or RentalStatus(_statuses_item)
                    elif isinstance(_statuses_item, str):
                        statuses_item = RentalStatus(_statuses_item)
                    else:
                        raise FieldError("string (RentalStatus)", _statuses_item)

                    statuses.append(statuses_item)
            except FieldError as field__error:
                field__error.segments.append(len(statuses))
                field__error.segments.append("statuses")
                raise
        elif _statuses is not UNSET:
            raise FieldError("array", _statuses, "statuses")

        if statuses is UNSET:
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
        tag_list: list[str] | Unset = UNSET
        if isinstance(_tag_list, list):
            for tag_list_item in _tag_list:
                if not (type(tag_list_item) is str) and not isinstance(tag_list_item, str):
                    raise FieldError("string", tag_list_item, _position(_tag_list, tag_list_item), "tag_list")
            tag_list = _tag_list
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        if tag_list is UNSET:
            n__absent += 1

        tax_in_cents = d.get("tax_in_cents", UNSET)
        if not (type(tax_in_cents) is int):
            if tax_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(tax_in_cents, int) and tax_in_cents is not True and tax_in_cents is not False):
                raise FieldError("integer", tax_in_cents, "tax_in_cents")

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

        to_be_paid_in_cents = d.get("to_be_paid_in_cents", UNSET)
        if not (type(to_be_paid_in_cents) is int):
            if to_be_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(to_be_paid_in_cents, int)
                and to_be_paid_in_cents is not True
                and to_be_paid_in_cents is not False
            ):
                raise FieldError("integer", to_be_paid_in_cents, "to_be_paid_in_cents")

        total_discount_in_cents = d.get("total_discount_in_cents", UNSET)
        if not (type(total_discount_in_cents) is int):
            if total_discount_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(total_discount_in_cents, int)
                and total_discount_in_cents is not True
                and total_discount_in_cents is not False
            ):
                raise FieldError("integer", total_discount_in_cents, "total_discount_in_cents")

        total_in_cents = d.get("total_in_cents", UNSET)
        if not (type(total_in_cents) is int):
            if total_in_cents is UNSET:
                n__absent += 1
            elif not (isinstance(total_in_cents, int) and total_in_cents is not True and total_in_cents is not False):
                raise FieldError("integer", total_in_cents, "total_in_cents")

        total_paid_in_cents = d.get("total_paid_in_cents", UNSET)
        if not (type(total_paid_in_cents) is int):
            if total_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(total_paid_in_cents, int)
                and total_paid_in_cents is not True
                and total_paid_in_cents is not False
            ):
                raise FieldError("integer", total_paid_in_cents, "total_paid_in_cents")

        total_to_be_paid_in_cents = d.get("total_to_be_paid_in_cents", UNSET)
        if not (type(total_to_be_paid_in_cents) is int):
            if total_to_be_paid_in_cents is UNSET:
                n__absent += 1
            elif not (
                isinstance(total_to_be_paid_in_cents, int)
                and total_to_be_paid_in_cents is not True
                and total_to_be_paid_in_cents is not False
            ):
                raise FieldError("integer", total_to_be_paid_in_cents, "total_to_be_paid_in_cents")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        confirm_shortage = d.get("confirm_shortage", UNSET)
        if not (confirm_shortage is True or confirm_shortage is False):
            if confirm_shortage is UNSET:
                n__absent += 1
            elif not isinstance(confirm_shortage, bool):
                raise FieldError("boolean", confirm_shortage, "confirm_shortage")

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

        order_delivery_rate_attributes = d.get("order_delivery_rate_attributes", UNSET)
        if not (type(order_delivery_rate_attributes) is dict):
            if order_delivery_rate_attributes is UNSET:
                n__absent += 1
            elif not isinstance(order_delivery_rate_attributes, dict):
                raise FieldError("object", order_delivery_rate_attributes, "order_delivery_rate_attributes")

        _properties_attributes = d.get("properties_attributes", UNSET)
        properties_attributes: list[dict[str, Any]] | Unset = UNSET
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

        if cls is _plain__class:
            order_attributes = _new__object(cls)
            order_attributes.amount_in_cents = amount_in_cents
            order_attributes.amount_paid_in_cents = amount_paid_in_cents
            order_attributes.amount_to_be_paid_in_cents = amount_to_be_paid_in_cents
            order_attributes.billing_address_property_id = billing_address_property_id
            order_attributes.coupon_discount_in_cents = coupon_discount_in_cents
            order_attributes.coupon_errors = coupon_errors
            order_attributes.coupon_id = coupon_id
            order_attributes.created_at = created_at
            order_attributes.customer_id = customer_id
            order_attributes.delivery_address = delivery_address
            order_attributes.delivery_address_property_id = delivery_address_property_id
            order_attributes.deposit_held_in_cents = deposit_held_in_cents
            order_attributes.deposit_in_cents = deposit_in_cents
            order_attributes.deposit_paid_in_cents = deposit_paid_in_cents
            order_attributes.deposit_refunded_in_cents = deposit_refunded_in_cents
            order_attributes.deposit_to_be_paid_in_cents = deposit_to_be_paid_in_cents
            order_attributes.deposit_to_refund_in_cents = deposit_to_refund_in_cents
            order_attributes.deposit_type = deposit_type
            order_attributes.deposit_value = deposit_value
            order_attributes.discount_in_cents = discount_in_cents
            order_attributes.discount_percentage = discount_percentage
            order_attributes.discount_type = discount_type
            order_attributes.entirely_started = entirely_started
            order_attributes.entirely_stopped = entirely_stopped
            order_attributes.fulfillment_type = fulfillment_type
            order_attributes.grand_total_in_cents = grand_total_in_cents
            order_attributes.grand_total_with_tax_in_cents = grand_total_with_tax_in_cents
            order_attributes.has_signed_contract = has_signed_contract
            order_attributes.item_count = item_count
            order_attributes.location_shortage = location_shortage
            order_attributes.number = number
            order_attributes.order_delivery_rate_id = order_delivery_rate_id
            order_attributes.override_period_restrictions = override_period_restrictions
            order_attributes.paid_in_cents = paid_in_cents
            order_attributes.payment_status = payment_status
            order_attributes.price_in_cents = price_in_cents
            order_attributes.properties = properties
            order_attributes.shortage = shortage
            order_attributes.start_location_id = start_location_id
            order_attributes.starts_at = starts_at
            order_attributes.status = status
            order_attributes.status_counts = status_counts
            order_attributes.statuses = statuses
            order_attributes.stop_location_id = stop_location_id
            order_attributes.stops_at = stops_at
            order_attributes.tag_list = tag_list
            order_attributes.tax_in_cents = tax_in_cents
            order_attributes.tax_region_id = tax_region_id
            order_attributes.to_be_paid_in_cents = to_be_paid_in_cents
            order_attributes.total_discount_in_cents = total_discount_in_cents
            order_attributes.total_in_cents = total_in_cents
            order_attributes.total_paid_in_cents = total_paid_in_cents
            order_attributes.total_to_be_paid_in_cents = total_to_be_paid_in_cents
            order_attributes.updated_at = updated_at
            order_attributes.confirm_shortage = confirm_shortage
            order_attributes.discount_value = discount_value
            order_attributes.dismiss_coupon_errors = dismiss_coupon_errors
            order_attributes.order_delivery_rate_attributes = order_delivery_rate_attributes
            order_attributes.properties_attributes = properties_attributes
            order_attributes.additional_properties = {}
        else:
            order_attributes = cls(
                amount_in_cents,
                amount_paid_in_cents,
                amount_to_be_paid_in_cents,
                billing_address_property_id,
                coupon_discount_in_cents,
                coupon_errors,
                coupon_id,
                created_at,
                customer_id,
                delivery_address,
                delivery_address_property_id,
                deposit_held_in_cents,
                deposit_in_cents,
                deposit_paid_in_cents,
                deposit_refunded_in_cents,
                deposit_to_be_paid_in_cents,
                deposit_to_refund_in_cents,
                deposit_type,
                deposit_value,
                discount_in_cents,
                discount_percentage,
                discount_type,
                entirely_started,
                entirely_stopped,
                fulfillment_type,
                grand_total_in_cents,
                grand_total_with_tax_in_cents,
                has_signed_contract,
                item_count,
                location_shortage,
                number,
                order_delivery_rate_id,
                override_period_restrictions,
                paid_in_cents,
                payment_status,
                price_in_cents,
                properties,
                shortage,
                start_location_id,
                starts_at,
                status,
                status_counts,
                statuses,
                stop_location_id,
                stops_at,
                tag_list,
                tax_in_cents,
                tax_region_id,
                to_be_paid_in_cents,
                total_discount_in_cents,
                total_in_cents,
                total_paid_in_cents,
                total_to_be_paid_in_cents,
                updated_at,
                confirm_shortage,
                discount_value,
                dismiss_coupon_errors,
                order_delivery_rate_attributes,
                properties_attributes,
            )
        if len(d) + n__absent != 59:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "amount_in_cents",
                    "amount_paid_in_cents",
                    "amount_to_be_paid_in_cents",
                    "billing_address_property_id",
                    "coupon_discount_in_cents",
                    "coupon_errors",
                    "coupon_id",
                    "created_at",
                    "customer_id",
                    "delivery_address",
                    "delivery_address_property_id",
                    "deposit_held_in_cents",
                    "deposit_in_cents",
                    "deposit_paid_in_cents",
                    "deposit_refunded_in_cents",
                    "deposit_to_be_paid_in_cents",
                    "deposit_to_refund_in_cents",
                    "deposit_type",
                    "deposit_value",
                    "discount_in_cents",
                    "discount_percentage",
                    "discount_type",
                    "entirely_started",
                    "entirely_stopped",
                    "fulfillment_type",
                    "grand_total_in_cents",
                    "grand_total_with_tax_in_cents",
                    "has_signed_contract",
                    "item_count",
                    "location_shortage",
                    "number",
                    "order_delivery_rate_id",
                    "override_period_restrictions",
                    "paid_in_cents",
                    "payment_status",
                    "price_in_cents",
                    "properties",
                    "shortage",
                    "start_location_id",
                    "starts_at",
                    "status",
                    "status_counts",
                    "statuses",
                    "stop_location_id",
                    "stops_at",
                    "tag_list",
                    "tax_in_cents",
                    "tax_region_id",
                    "to_be_paid_in_cents",
                    "total_discount_in_cents",
                    "total_in_cents",
                    "total_paid_in_cents",
                    "total_to_be_paid_in_cents",
                    "updated_at",
                    "confirm_shortage",
                    "discount_value",
                    "dismiss_coupon_errors",
                    "order_delivery_rate_attributes",
                    "properties_attributes",
                }
            }
            order_attributes.additional_properties = extra__props
        return order_attributes

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


_plain__class: type[OrderAttributes] | None = (
    OrderAttributes
    if {field.name for field in _attrs_fields(OrderAttributes)}
    == {
        "amount_in_cents",
        "amount_paid_in_cents",
        "amount_to_be_paid_in_cents",
        "billing_address_property_id",
        "coupon_discount_in_cents",
        "coupon_errors",
        "coupon_id",
        "created_at",
        "customer_id",
        "delivery_address",
        "delivery_address_property_id",
        "deposit_held_in_cents",
        "deposit_in_cents",
        "deposit_paid_in_cents",
        "deposit_refunded_in_cents",
        "deposit_to_be_paid_in_cents",
        "deposit_to_refund_in_cents",
        "deposit_type",
        "deposit_value",
        "discount_in_cents",
        "discount_percentage",
        "discount_type",
        "entirely_started",
        "entirely_stopped",
        "fulfillment_type",
        "grand_total_in_cents",
        "grand_total_with_tax_in_cents",
        "has_signed_contract",
        "item_count",
        "location_shortage",
        "number",
        "order_delivery_rate_id",
        "override_period_restrictions",
        "paid_in_cents",
        "payment_status",
        "price_in_cents",
        "properties",
        "shortage",
        "start_location_id",
        "starts_at",
        "status",
        "status_counts",
        "statuses",
        "stop_location_id",
        "stops_at",
        "tag_list",
        "tax_in_cents",
        "tax_region_id",
        "to_be_paid_in_cents",
        "total_discount_in_cents",
        "total_in_cents",
        "total_paid_in_cents",
        "total_to_be_paid_in_cents",
        "updated_at",
        "confirm_shortage",
        "discount_value",
        "dismiss_coupon_errors",
        "order_delivery_rate_attributes",
        "properties_attributes",
        "additional_properties",
    }
    and not hasattr(OrderAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
