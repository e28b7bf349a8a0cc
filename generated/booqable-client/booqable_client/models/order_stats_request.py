from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.count_aggregation import CountAggregation
from ..models.numeric_aggregation import NumericAggregation
from ..models.range_aggregation import RangeAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatsRequest")


@_attrs_define
class OrderStatsRequest:
    """Aggregations to compute over all matching orders (not just the page): field name to the list of aggregations. Sent
    as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            amount_in_cents (list[NumericAggregation] | Unset):
            amount_paid_in_cents (list[NumericAggregation] | Unset):
            amount_to_be_paid_in_cents (list[NumericAggregation] | Unset):
            coupon_discount_in_cents (list[NumericAggregation] | Unset):
            deposit_held_in_cents (list[NumericAggregation] | Unset):
            deposit_in_cents (list[NumericAggregation] | Unset):
            deposit_paid_in_cents (list[NumericAggregation] | Unset):
            deposit_refunded_in_cents (list[NumericAggregation] | Unset):
            deposit_to_be_paid_in_cents (list[NumericAggregation] | Unset):
            deposit_to_refund_in_cents (list[NumericAggregation] | Unset):
            deposit_type (list[CountAggregation] | Unset):
            discount_in_cents (list[NumericAggregation] | Unset):
            discount_percentage (list[RangeAggregation] | Unset):
            fulfillment_type (list[CountAggregation] | Unset):
            grand_total_in_cents (list[NumericAggregation] | Unset):
            grand_total_with_tax_in_cents (list[NumericAggregation] | Unset):
            item_count (list[NumericAggregation] | Unset):
            location_shortage (list[CountAggregation] | Unset):
            paid_in_cents (list[NumericAggregation] | Unset):
            payment_status (list[CountAggregation] | Unset):
            price_in_cents (list[NumericAggregation] | Unset):
            shortage (list[CountAggregation] | Unset):
            status (list[CountAggregation] | Unset):
            statuses (list[CountAggregation] | Unset):
            tag_list (list[CountAggregation] | Unset):
            tax_in_cents (list[NumericAggregation] | Unset):
            to_be_paid_in_cents (list[NumericAggregation] | Unset):
            total (list[CountAggregation] | Unset):
            total_discount_in_cents (list[NumericAggregation] | Unset):
            total_in_cents (list[NumericAggregation] | Unset):
            total_paid_in_cents (list[NumericAggregation] | Unset):
            total_to_be_paid_in_cents (list[NumericAggregation] | Unset):
    """

    amount_in_cents: list[NumericAggregation] | Unset = UNSET
    amount_paid_in_cents: list[NumericAggregation] | Unset = UNSET
    amount_to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
    coupon_discount_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_held_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_paid_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_refunded_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_to_refund_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_type: list[CountAggregation] | Unset = UNSET
    discount_in_cents: list[NumericAggregation] | Unset = UNSET
    discount_percentage: list[RangeAggregation] | Unset = UNSET
    fulfillment_type: list[CountAggregation] | Unset = UNSET
    grand_total_in_cents: list[NumericAggregation] | Unset = UNSET
    grand_total_with_tax_in_cents: list[NumericAggregation] | Unset = UNSET
    item_count: list[NumericAggregation] | Unset = UNSET
    location_shortage: list[CountAggregation] | Unset = UNSET
    paid_in_cents: list[NumericAggregation] | Unset = UNSET
    payment_status: list[CountAggregation] | Unset = UNSET
    price_in_cents: list[NumericAggregation] | Unset = UNSET
    shortage: list[CountAggregation] | Unset = UNSET
    status: list[CountAggregation] | Unset = UNSET
    statuses: list[CountAggregation] | Unset = UNSET
    tag_list: list[CountAggregation] | Unset = UNSET
    tax_in_cents: list[NumericAggregation] | Unset = UNSET
    to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET
    total_discount_in_cents: list[NumericAggregation] | Unset = UNSET
    total_in_cents: list[NumericAggregation] | Unset = UNSET
    total_paid_in_cents: list[NumericAggregation] | Unset = UNSET
    total_to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.amount_in_cents, Unset):
            amount_in_cents = []
            for amount_in_cents_item_data in self.amount_in_cents:
                amount_in_cents_item = amount_in_cents_item_data.value
                amount_in_cents.append(amount_in_cents_item)

        amount_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.amount_paid_in_cents, Unset):
            amount_paid_in_cents = []
            for amount_paid_in_cents_item_data in self.amount_paid_in_cents:
                amount_paid_in_cents_item = amount_paid_in_cents_item_data.value
                amount_paid_in_cents.append(amount_paid_in_cents_item)

        amount_to_be_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.amount_to_be_paid_in_cents, Unset):
            amount_to_be_paid_in_cents = []
            for amount_to_be_paid_in_cents_item_data in self.amount_to_be_paid_in_cents:
                amount_to_be_paid_in_cents_item = amount_to_be_paid_in_cents_item_data.value
                amount_to_be_paid_in_cents.append(amount_to_be_paid_in_cents_item)

        coupon_discount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.coupon_discount_in_cents, Unset):
            coupon_discount_in_cents = []
            for coupon_discount_in_cents_item_data in self.coupon_discount_in_cents:
                coupon_discount_in_cents_item = coupon_discount_in_cents_item_data.value
                coupon_discount_in_cents.append(coupon_discount_in_cents_item)

        deposit_held_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_held_in_cents, Unset):
            deposit_held_in_cents = []
            for deposit_held_in_cents_item_data in self.deposit_held_in_cents:
                deposit_held_in_cents_item = deposit_held_in_cents_item_data.value
                deposit_held_in_cents.append(deposit_held_in_cents_item)

        deposit_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = []
            for deposit_in_cents_item_data in self.deposit_in_cents:
                deposit_in_cents_item = deposit_in_cents_item_data.value
                deposit_in_cents.append(deposit_in_cents_item)

        deposit_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_paid_in_cents, Unset):
            deposit_paid_in_cents = []
            for deposit_paid_in_cents_item_data in self.deposit_paid_in_cents:
                deposit_paid_in_cents_item = deposit_paid_in_cents_item_data.value
                deposit_paid_in_cents.append(deposit_paid_in_cents_item)

        deposit_refunded_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_refunded_in_cents, Unset):
            deposit_refunded_in_cents = []
            for deposit_refunded_in_cents_item_data in self.deposit_refunded_in_cents:
                deposit_refunded_in_cents_item = deposit_refunded_in_cents_item_data.value
                deposit_refunded_in_cents.append(deposit_refunded_in_cents_item)

        deposit_to_be_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_to_be_paid_in_cents, Unset):
            deposit_to_be_paid_in_cents = []
            for deposit_to_be_paid_in_cents_item_data in self.deposit_to_be_paid_in_cents:
                deposit_to_be_paid_in_cents_item = deposit_to_be_paid_in_cents_item_data.value
                deposit_to_be_paid_in_cents.append(deposit_to_be_paid_in_cents_item)

        deposit_to_refund_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_to_refund_in_cents, Unset):
            deposit_to_refund_in_cents = []
            for deposit_to_refund_in_cents_item_data in self.deposit_to_refund_in_cents:
                deposit_to_refund_in_cents_item = deposit_to_refund_in_cents_item_data.value
                deposit_to_refund_in_cents.append(deposit_to_refund_in_cents_item)

        deposit_type: list[str] | Unset = UNSET
        if not isinstance(self.deposit_type, Unset):
            deposit_type = []
            for deposit_type_item_data in self.deposit_type:
                deposit_type_item = deposit_type_item_data.value
                deposit_type.append(deposit_type_item)

        discount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.discount_in_cents, Unset):
            discount_in_cents = []
            for discount_in_cents_item_data in self.discount_in_cents:
                discount_in_cents_item = discount_in_cents_item_data.value
                discount_in_cents.append(discount_in_cents_item)

        discount_percentage: list[str] | Unset = UNSET
        if not isinstance(self.discount_percentage, Unset):
            discount_percentage = []
            for discount_percentage_item_data in self.discount_percentage:
                discount_percentage_item = discount_percentage_item_data.value
                discount_percentage.append(discount_percentage_item)

        fulfillment_type: list[str] | Unset = UNSET
        if not isinstance(self.fulfillment_type, Unset):
            fulfillment_type = []
            for fulfillment_type_item_data in self.fulfillment_type:
                fulfillment_type_item = fulfillment_type_item_data.value
                fulfillment_type.append(fulfillment_type_item)

        grand_total_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.grand_total_in_cents, Unset):
            grand_total_in_cents = []
            for grand_total_in_cents_item_data in self.grand_total_in_cents:
                grand_total_in_cents_item = grand_total_in_cents_item_data.value
                grand_total_in_cents.append(grand_total_in_cents_item)

        grand_total_with_tax_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.grand_total_with_tax_in_cents, Unset):
            grand_total_with_tax_in_cents = []
            for grand_total_with_tax_in_cents_item_data in self.grand_total_with_tax_in_cents:
                grand_total_with_tax_in_cents_item = grand_total_with_tax_in_cents_item_data.value
                grand_total_with_tax_in_cents.append(grand_total_with_tax_in_cents_item)

        item_count: list[str] | Unset = UNSET
        if not isinstance(self.item_count, Unset):
            item_count = []
            for item_count_item_data in self.item_count:
                item_count_item = item_count_item_data.value
                item_count.append(item_count_item)

        location_shortage: list[str] | Unset = UNSET
        if not isinstance(self.location_shortage, Unset):
            location_shortage = []
            for location_shortage_item_data in self.location_shortage:
                location_shortage_item = location_shortage_item_data.value
                location_shortage.append(location_shortage_item)

        paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.paid_in_cents, Unset):
            paid_in_cents = []
            for paid_in_cents_item_data in self.paid_in_cents:
                paid_in_cents_item = paid_in_cents_item_data.value
                paid_in_cents.append(paid_in_cents_item)

        payment_status: list[str] | Unset = UNSET
        if not isinstance(self.payment_status, Unset):
            payment_status = []
            for payment_status_item_data in self.payment_status:
                payment_status_item = payment_status_item_data.value
                payment_status.append(payment_status_item)

        price_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.price_in_cents, Unset):
            price_in_cents = []
            for price_in_cents_item_data in self.price_in_cents:
                price_in_cents_item = price_in_cents_item_data.value
                price_in_cents.append(price_in_cents_item)

        shortage: list[str] | Unset = UNSET
        if not isinstance(self.shortage, Unset):
            shortage = []
            for shortage_item_data in self.shortage:
                shortage_item = shortage_item_data.value
                shortage.append(shortage_item)

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = []
            for statuses_item_data in self.statuses:
                statuses_item = statuses_item_data.value
                statuses.append(statuses_item)

        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = tag_list_item_data.value
                tag_list.append(tag_list_item)

        tax_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.tax_in_cents, Unset):
            tax_in_cents = []
            for tax_in_cents_item_data in self.tax_in_cents:
                tax_in_cents_item = tax_in_cents_item_data.value
                tax_in_cents.append(tax_in_cents_item)

        to_be_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.to_be_paid_in_cents, Unset):
            to_be_paid_in_cents = []
            for to_be_paid_in_cents_item_data in self.to_be_paid_in_cents:
                to_be_paid_in_cents_item = to_be_paid_in_cents_item_data.value
                to_be_paid_in_cents.append(to_be_paid_in_cents_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        total_discount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.total_discount_in_cents, Unset):
            total_discount_in_cents = []
            for total_discount_in_cents_item_data in self.total_discount_in_cents:
                total_discount_in_cents_item = total_discount_in_cents_item_data.value
                total_discount_in_cents.append(total_discount_in_cents_item)

        total_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.total_in_cents, Unset):
            total_in_cents = []
            for total_in_cents_item_data in self.total_in_cents:
                total_in_cents_item = total_in_cents_item_data.value
                total_in_cents.append(total_in_cents_item)

        total_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.total_paid_in_cents, Unset):
            total_paid_in_cents = []
            for total_paid_in_cents_item_data in self.total_paid_in_cents:
                total_paid_in_cents_item = total_paid_in_cents_item_data.value
                total_paid_in_cents.append(total_paid_in_cents_item)

        total_to_be_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.total_to_be_paid_in_cents, Unset):
            total_to_be_paid_in_cents = []
            for total_to_be_paid_in_cents_item_data in self.total_to_be_paid_in_cents:
                total_to_be_paid_in_cents_item = total_to_be_paid_in_cents_item_data.value
                total_to_be_paid_in_cents.append(total_to_be_paid_in_cents_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if amount_in_cents is not UNSET:
            field_dict["amount_in_cents"] = amount_in_cents
        if amount_paid_in_cents is not UNSET:
            field_dict["amount_paid_in_cents"] = amount_paid_in_cents
        if amount_to_be_paid_in_cents is not UNSET:
            field_dict["amount_to_be_paid_in_cents"] = amount_to_be_paid_in_cents
        if coupon_discount_in_cents is not UNSET:
            field_dict["coupon_discount_in_cents"] = coupon_discount_in_cents
        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        if deposit_paid_in_cents is not UNSET:
            field_dict["deposit_paid_in_cents"] = deposit_paid_in_cents
        if deposit_refunded_in_cents is not UNSET:
            field_dict["deposit_refunded_in_cents"] = deposit_refunded_in_cents
        if deposit_to_be_paid_in_cents is not UNSET:
            field_dict["deposit_to_be_paid_in_cents"] = deposit_to_be_paid_in_cents
        if deposit_to_refund_in_cents is not UNSET:
            field_dict["deposit_to_refund_in_cents"] = deposit_to_refund_in_cents
        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        if discount_in_cents is not UNSET:
            field_dict["discount_in_cents"] = discount_in_cents
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if grand_total_in_cents is not UNSET:
            field_dict["grand_total_in_cents"] = grand_total_in_cents
        if grand_total_with_tax_in_cents is not UNSET:
            field_dict["grand_total_with_tax_in_cents"] = grand_total_with_tax_in_cents
        if item_count is not UNSET:
            field_dict["item_count"] = item_count
        if location_shortage is not UNSET:
            field_dict["location_shortage"] = location_shortage
        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        if shortage is not UNSET:
            field_dict["shortage"] = shortage
        if status is not UNSET:
            field_dict["status"] = status
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_in_cents is not UNSET:
            field_dict["tax_in_cents"] = tax_in_cents
        if to_be_paid_in_cents is not UNSET:
            field_dict["to_be_paid_in_cents"] = to_be_paid_in_cents
        if total is not UNSET:
            field_dict["total"] = total
        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents
        if total_in_cents is not UNSET:
            field_dict["total_in_cents"] = total_in_cents
        if total_paid_in_cents is not UNSET:
            field_dict["total_paid_in_cents"] = total_paid_in_cents
        if total_to_be_paid_in_cents is not UNSET:
            field_dict["total_to_be_paid_in_cents"] = total_to_be_paid_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount_in_cents = d.pop("amount_in_cents", UNSET)
        amount_in_cents: list[NumericAggregation] | Unset = UNSET
        if _amount_in_cents is not UNSET:
            amount_in_cents = []
            for amount_in_cents_item_data in _amount_in_cents:
                amount_in_cents_item = NumericAggregation(amount_in_cents_item_data)

                amount_in_cents.append(amount_in_cents_item)

        _amount_paid_in_cents = d.pop("amount_paid_in_cents", UNSET)
        amount_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if _amount_paid_in_cents is not UNSET:
            amount_paid_in_cents = []
            for amount_paid_in_cents_item_data in _amount_paid_in_cents:
                amount_paid_in_cents_item = NumericAggregation(amount_paid_in_cents_item_data)

                amount_paid_in_cents.append(amount_paid_in_cents_item)

        _amount_to_be_paid_in_cents = d.pop("amount_to_be_paid_in_cents", UNSET)
        amount_to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if _amount_to_be_paid_in_cents is not UNSET:
            amount_to_be_paid_in_cents = []
            for amount_to_be_paid_in_cents_item_data in _amount_to_be_paid_in_cents:
                amount_to_be_paid_in_cents_item = NumericAggregation(amount_to_be_paid_in_cents_item_data)

                amount_to_be_paid_in_cents.append(amount_to_be_paid_in_cents_item)

        _coupon_discount_in_cents = d.pop("coupon_discount_in_cents", UNSET)
        coupon_discount_in_cents: list[NumericAggregation] | Unset = UNSET
        if _coupon_discount_in_cents is not UNSET:
            coupon_discount_in_cents = []
            for coupon_discount_in_cents_item_data in _coupon_discount_in_cents:
                coupon_discount_in_cents_item = NumericAggregation(coupon_discount_in_cents_item_data)

                coupon_discount_in_cents.append(coupon_discount_in_cents_item)

        _deposit_held_in_cents = d.pop("deposit_held_in_cents", UNSET)
        deposit_held_in_cents: list[NumericAggregation] | Unset = UNSET
        if _deposit_held_in_cents is not UNSET:
            deposit_held_in_cents = []
            for deposit_held_in_cents_item_data in _deposit_held_in_cents:
                deposit_held_in_cents_item = NumericAggregation(deposit_held_in_cents_item_data)

                deposit_held_in_cents.append(deposit_held_in_cents_item)

        _deposit_in_cents = d.pop("deposit_in_cents", UNSET)
        deposit_in_cents: list[NumericAggregation] | Unset = UNSET
        if _deposit_in_cents is not UNSET:
            deposit_in_cents = []
            for deposit_in_cents_item_data in _deposit_in_cents:
                deposit_in_cents_item = NumericAggregation(deposit_in_cents_item_data)

                deposit_in_cents.append(deposit_in_cents_item)

        _deposit_paid_in_cents = d.pop("deposit_paid_in_cents", UNSET)
        deposit_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if _deposit_paid_in_cents is not UNSET:
            deposit_paid_in_cents = []
            for deposit_paid_in_cents_item_data in _deposit_paid_in_cents:
                deposit_paid_in_cents_item = NumericAggregation(deposit_paid_in_cents_item_data)

                deposit_paid_in_cents.append(deposit_paid_in_cents_item)

        _deposit_refunded_in_cents = d.pop("deposit_refunded_in_cents", UNSET)
        deposit_refunded_in_cents: list[NumericAggregation] | Unset = UNSET
        if _deposit_refunded_in_cents is not UNSET:
            deposit_refunded_in_cents = []
            for deposit_refunded_in_cents_item_data in _deposit_refunded_in_cents:
                deposit_refunded_in_cents_item = NumericAggregation(deposit_refunded_in_cents_item_data)

                deposit_refunded_in_cents.append(deposit_refunded_in_cents_item)

        _deposit_to_be_paid_in_cents = d.pop("deposit_to_be_paid_in_cents", UNSET)
        deposit_to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if _deposit_to_be_paid_in_cents is not UNSET:
            deposit_to_be_paid_in_cents = []
            for deposit_to_be_paid_in_cents_item_data in _deposit_to_be_paid_in_cents:
                deposit_to_be_paid_in_cents_item = NumericAggregation(deposit_to_be_paid_in_cents_item_data)

                deposit_to_be_paid_in_cents.append(deposit_to_be_paid_in_cents_item)

        _deposit_to_refund_in_cents = d.pop("deposit_to_refund_in_cents", UNSET)
        deposit_to_refund_in_cents: list[NumericAggregation] | Unset = UNSET
        if _deposit_to_refund_in_cents is not UNSET:
            deposit_to_refund_in_cents = []
            for deposit_to_refund_in_cents_item_data in _deposit_to_refund_in_cents:
                deposit_to_refund_in_cents_item = NumericAggregation(deposit_to_refund_in_cents_item_data)

                deposit_to_refund_in_cents.append(deposit_to_refund_in_cents_item)

        _deposit_type = d.pop("deposit_type", UNSET)
        deposit_type: list[CountAggregation] | Unset = UNSET
        if _deposit_type is not UNSET:
            deposit_type = []
            for deposit_type_item_data in _deposit_type:
                deposit_type_item = CountAggregation(deposit_type_item_data)

                deposit_type.append(deposit_type_item)

        _discount_in_cents = d.pop("discount_in_cents", UNSET)
        discount_in_cents: list[NumericAggregation] | Unset = UNSET
        if _discount_in_cents is not UNSET:
            discount_in_cents = []
            for discount_in_cents_item_data in _discount_in_cents:
                discount_in_cents_item = NumericAggregation(discount_in_cents_item_data)

                discount_in_cents.append(discount_in_cents_item)

        _discount_percentage = d.pop("discount_percentage", UNSET)
        discount_percentage: list[RangeAggregation] | Unset = UNSET
        if _discount_percentage is not UNSET:
            discount_percentage = []
            for discount_percentage_item_data in _discount_percentage:
                discount_percentage_item = RangeAggregation(discount_percentage_item_data)

                discount_percentage.append(discount_percentage_item)

        _fulfillment_type = d.pop("fulfillment_type", UNSET)
        fulfillment_type: list[CountAggregation] | Unset = UNSET
        if _fulfillment_type is not UNSET:
            fulfillment_type = []
            for fulfillment_type_item_data in _fulfillment_type:
                fulfillment_type_item = CountAggregation(fulfillment_type_item_data)

                fulfillment_type.append(fulfillment_type_item)

        _grand_total_in_cents = d.pop("grand_total_in_cents", UNSET)
        grand_total_in_cents: list[NumericAggregation] | Unset = UNSET
        if _grand_total_in_cents is not UNSET:
            grand_total_in_cents = []
            for grand_total_in_cents_item_data in _grand_total_in_cents:
                grand_total_in_cents_item = NumericAggregation(grand_total_in_cents_item_data)

                grand_total_in_cents.append(grand_total_in_cents_item)

        _grand_total_with_tax_in_cents = d.pop("grand_total_with_tax_in_cents", UNSET)
        grand_total_with_tax_in_cents: list[NumericAggregation] | Unset = UNSET
        if _grand_total_with_tax_in_cents is not UNSET:
            grand_total_with_tax_in_cents = []
            for grand_total_with_tax_in_cents_item_data in _grand_total_with_tax_in_cents:
                grand_total_with_tax_in_cents_item = NumericAggregation(grand_total_with_tax_in_cents_item_data)

                grand_total_with_tax_in_cents.append(grand_total_with_tax_in_cents_item)

        _item_count = d.pop("item_count", UNSET)
        item_count: list[NumericAggregation] | Unset = UNSET
        if _item_count is not UNSET:
            item_count = []
            for item_count_item_data in _item_count:
                item_count_item = NumericAggregation(item_count_item_data)

                item_count.append(item_count_item)

        _location_shortage = d.pop("location_shortage", UNSET)
        location_shortage: list[CountAggregation] | Unset = UNSET
        if _location_shortage is not UNSET:
            location_shortage = []
            for location_shortage_item_data in _location_shortage:
                location_shortage_item = CountAggregation(location_shortage_item_data)

                location_shortage.append(location_shortage_item)

        _paid_in_cents = d.pop("paid_in_cents", UNSET)
        paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if _paid_in_cents is not UNSET:
            paid_in_cents = []
            for paid_in_cents_item_data in _paid_in_cents:
                paid_in_cents_item = NumericAggregation(paid_in_cents_item_data)

                paid_in_cents.append(paid_in_cents_item)

        _payment_status = d.pop("payment_status", UNSET)
        payment_status: list[CountAggregation] | Unset = UNSET
        if _payment_status is not UNSET:
            payment_status = []
            for payment_status_item_data in _payment_status:
                payment_status_item = CountAggregation(payment_status_item_data)

                payment_status.append(payment_status_item)

        _price_in_cents = d.pop("price_in_cents", UNSET)
        price_in_cents: list[NumericAggregation] | Unset = UNSET
        if _price_in_cents is not UNSET:
            price_in_cents = []
            for price_in_cents_item_data in _price_in_cents:
                price_in_cents_item = NumericAggregation(price_in_cents_item_data)

                price_in_cents.append(price_in_cents_item)

        _shortage = d.pop("shortage", UNSET)
        shortage: list[CountAggregation] | Unset = UNSET
        if _shortage is not UNSET:
            shortage = []
            for shortage_item_data in _shortage:
                shortage_item = CountAggregation(shortage_item_data)

                shortage.append(shortage_item)

        _status = d.pop("status", UNSET)
        status: list[CountAggregation] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = CountAggregation(status_item_data)

                status.append(status_item)

        _statuses = d.pop("statuses", UNSET)
        statuses: list[CountAggregation] | Unset = UNSET
        if _statuses is not UNSET:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = CountAggregation(statuses_item_data)

                statuses.append(statuses_item)

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[CountAggregation] | Unset = UNSET
        if _tag_list is not UNSET:
            tag_list = []
            for tag_list_item_data in _tag_list:
                tag_list_item = CountAggregation(tag_list_item_data)

                tag_list.append(tag_list_item)

        _tax_in_cents = d.pop("tax_in_cents", UNSET)
        tax_in_cents: list[NumericAggregation] | Unset = UNSET
        if _tax_in_cents is not UNSET:
            tax_in_cents = []
            for tax_in_cents_item_data in _tax_in_cents:
                tax_in_cents_item = NumericAggregation(tax_in_cents_item_data)

                tax_in_cents.append(tax_in_cents_item)

        _to_be_paid_in_cents = d.pop("to_be_paid_in_cents", UNSET)
        to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if _to_be_paid_in_cents is not UNSET:
            to_be_paid_in_cents = []
            for to_be_paid_in_cents_item_data in _to_be_paid_in_cents:
                to_be_paid_in_cents_item = NumericAggregation(to_be_paid_in_cents_item_data)

                to_be_paid_in_cents.append(to_be_paid_in_cents_item)

        _total = d.pop("total", UNSET)
        total: list[CountAggregation] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for total_item_data in _total:
                total_item = CountAggregation(total_item_data)

                total.append(total_item)

        _total_discount_in_cents = d.pop("total_discount_in_cents", UNSET)
        total_discount_in_cents: list[NumericAggregation] | Unset = UNSET
        if _total_discount_in_cents is not UNSET:
            total_discount_in_cents = []
            for total_discount_in_cents_item_data in _total_discount_in_cents:
                total_discount_in_cents_item = NumericAggregation(total_discount_in_cents_item_data)

                total_discount_in_cents.append(total_discount_in_cents_item)

        _total_in_cents = d.pop("total_in_cents", UNSET)
        total_in_cents: list[NumericAggregation] | Unset = UNSET
        if _total_in_cents is not UNSET:
            total_in_cents = []
            for total_in_cents_item_data in _total_in_cents:
                total_in_cents_item = NumericAggregation(total_in_cents_item_data)

                total_in_cents.append(total_in_cents_item)

        _total_paid_in_cents = d.pop("total_paid_in_cents", UNSET)
        total_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if _total_paid_in_cents is not UNSET:
            total_paid_in_cents = []
            for total_paid_in_cents_item_data in _total_paid_in_cents:
                total_paid_in_cents_item = NumericAggregation(total_paid_in_cents_item_data)

                total_paid_in_cents.append(total_paid_in_cents_item)

        _total_to_be_paid_in_cents = d.pop("total_to_be_paid_in_cents", UNSET)
        total_to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if _total_to_be_paid_in_cents is not UNSET:
            total_to_be_paid_in_cents = []
            for total_to_be_paid_in_cents_item_data in _total_to_be_paid_in_cents:
                total_to_be_paid_in_cents_item = NumericAggregation(total_to_be_paid_in_cents_item_data)

                total_to_be_paid_in_cents.append(total_to_be_paid_in_cents_item)

        order_stats_request = cls(
            amount_in_cents=amount_in_cents,
            amount_paid_in_cents=amount_paid_in_cents,
            amount_to_be_paid_in_cents=amount_to_be_paid_in_cents,
            coupon_discount_in_cents=coupon_discount_in_cents,
            deposit_held_in_cents=deposit_held_in_cents,
            deposit_in_cents=deposit_in_cents,
            deposit_paid_in_cents=deposit_paid_in_cents,
            deposit_refunded_in_cents=deposit_refunded_in_cents,
            deposit_to_be_paid_in_cents=deposit_to_be_paid_in_cents,
            deposit_to_refund_in_cents=deposit_to_refund_in_cents,
            deposit_type=deposit_type,
            discount_in_cents=discount_in_cents,
            discount_percentage=discount_percentage,
            fulfillment_type=fulfillment_type,
            grand_total_in_cents=grand_total_in_cents,
            grand_total_with_tax_in_cents=grand_total_with_tax_in_cents,
            item_count=item_count,
            location_shortage=location_shortage,
            paid_in_cents=paid_in_cents,
            payment_status=payment_status,
            price_in_cents=price_in_cents,
            shortage=shortage,
            status=status,
            statuses=statuses,
            tag_list=tag_list,
            tax_in_cents=tax_in_cents,
            to_be_paid_in_cents=to_be_paid_in_cents,
            total=total,
            total_discount_in_cents=total_discount_in_cents,
            total_in_cents=total_in_cents,
            total_paid_in_cents=total_paid_in_cents,
            total_to_be_paid_in_cents=total_to_be_paid_in_cents,
        )

        if d:
            raise ValueError(f"OrderStatsRequest has no properties {sorted(d)} (the spec forbids extra ones)")
        return order_stats_request
