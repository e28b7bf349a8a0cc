from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..models.count_aggregation import CountAggregation
from ..models.numeric_aggregation import NumericAggregation
from ..models.range_aggregation import RangeAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentStatsRequest")


@_attrs_define
class DocumentStatsRequest:
    """Aggregations to compute over all matching documents (not just the page): field name to the list of aggregations.
    Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            coupon_discount_in_cents (list[NumericAggregation] | Unset):
            currency (list[CountAggregation] | Unset):
            deposit_held_in_cents (list[NumericAggregation] | Unset):
            deposit_in_cents (list[NumericAggregation] | Unset):
            deposit_paid_in_cents (list[NumericAggregation] | Unset):
            deposit_refunded_in_cents (list[NumericAggregation] | Unset):
            deposit_to_refund_in_cents (list[NumericAggregation] | Unset):
            deposit_type (list[CountAggregation] | Unset):
            discount_in_cents (list[NumericAggregation] | Unset):
            discount_percentage (list[RangeAggregation] | Unset):
            fulfillment_type (list[CountAggregation] | Unset):
            grand_total_in_cents (list[NumericAggregation] | Unset):
            grand_total_with_tax_in_cents (list[NumericAggregation] | Unset):
            paid_in_cents (list[NumericAggregation] | Unset):
            price_in_cents (list[NumericAggregation] | Unset):
            status (list[CountAggregation] | Unset):
            tag_list (list[CountAggregation] | Unset):
            tax_in_cents (list[NumericAggregation] | Unset):
            tax_strategy (list[CountAggregation] | Unset):
            to_be_paid_in_cents (list[NumericAggregation] | Unset):
            total (list[CountAggregation] | Unset):
            total_discount_in_cents (list[NumericAggregation] | Unset):
    """

    coupon_discount_in_cents: list[NumericAggregation] | Unset = UNSET
    currency: list[CountAggregation] | Unset = UNSET
    deposit_held_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_paid_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_refunded_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_to_refund_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_type: list[CountAggregation] | Unset = UNSET
    discount_in_cents: list[NumericAggregation] | Unset = UNSET
    discount_percentage: list[RangeAggregation] | Unset = UNSET
    fulfillment_type: list[CountAggregation] | Unset = UNSET
    grand_total_in_cents: list[NumericAggregation] | Unset = UNSET
    grand_total_with_tax_in_cents: list[NumericAggregation] | Unset = UNSET
    paid_in_cents: list[NumericAggregation] | Unset = UNSET
    price_in_cents: list[NumericAggregation] | Unset = UNSET
    status: list[CountAggregation] | Unset = UNSET
    tag_list: list[CountAggregation] | Unset = UNSET
    tax_in_cents: list[NumericAggregation] | Unset = UNSET
    tax_strategy: list[CountAggregation] | Unset = UNSET
    to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET
    total_discount_in_cents: list[NumericAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        coupon_discount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.coupon_discount_in_cents, Unset):
            coupon_discount_in_cents = []
            for coupon_discount_in_cents_item_data in self.coupon_discount_in_cents:
                coupon_discount_in_cents_item = coupon_discount_in_cents_item_data.value
                coupon_discount_in_cents.append(coupon_discount_in_cents_item)

        currency: list[str] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = []
            for currency_item_data in self.currency:
                currency_item = currency_item_data.value
                currency.append(currency_item)

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

        paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.paid_in_cents, Unset):
            paid_in_cents = []
            for paid_in_cents_item_data in self.paid_in_cents:
                paid_in_cents_item = paid_in_cents_item_data.value
                paid_in_cents.append(paid_in_cents_item)

        price_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.price_in_cents, Unset):
            price_in_cents = []
            for price_in_cents_item_data in self.price_in_cents:
                price_in_cents_item = price_in_cents_item_data.value
                price_in_cents.append(price_in_cents_item)

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

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

        tax_strategy: list[str] | Unset = UNSET
        if not isinstance(self.tax_strategy, Unset):
            tax_strategy = []
            for tax_strategy_item_data in self.tax_strategy:
                tax_strategy_item = tax_strategy_item_data.value
                tax_strategy.append(tax_strategy_item)

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if coupon_discount_in_cents is not UNSET:
            field_dict["coupon_discount_in_cents"] = coupon_discount_in_cents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        if deposit_paid_in_cents is not UNSET:
            field_dict["deposit_paid_in_cents"] = deposit_paid_in_cents
        if deposit_refunded_in_cents is not UNSET:
            field_dict["deposit_refunded_in_cents"] = deposit_refunded_in_cents
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
        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        if status is not UNSET:
            field_dict["status"] = status
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_in_cents is not UNSET:
            field_dict["tax_in_cents"] = tax_in_cents
        if tax_strategy is not UNSET:
            field_dict["tax_strategy"] = tax_strategy
        if to_be_paid_in_cents is not UNSET:
            field_dict["to_be_paid_in_cents"] = to_be_paid_in_cents
        if total is not UNSET:
            field_dict["total"] = total
        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DocumentStatsRequest)", src_dict)
        d = dict(src_dict)
        _coupon_discount_in_cents = d.pop("coupon_discount_in_cents", UNSET)
        coupon_discount_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_coupon_discount_in_cents, list):
            coupon_discount_in_cents = []
            try:
                for coupon_discount_in_cents_item_data in _coupon_discount_in_cents:
                    _coupon_discount_in_cents_item = coupon_discount_in_cents_item_data
                    if isinstance(_coupon_discount_in_cents_item, str):
                        coupon_discount_in_cents_item = NumericAggregation(_coupon_discount_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _coupon_discount_in_cents_item)

                    coupon_discount_in_cents.append(coupon_discount_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(coupon_discount_in_cents))
                field__error.segments.append("coupon_discount_in_cents")
                raise
        elif _coupon_discount_in_cents is not UNSET:
            raise FieldError("array", _coupon_discount_in_cents, "coupon_discount_in_cents")

        _currency = d.pop("currency", UNSET)
        currency: list[CountAggregation] | Unset = UNSET
        if isinstance(_currency, list):
            currency = []
            try:
                for currency_item_data in _currency:
                    _currency_item = currency_item_data
                    if isinstance(_currency_item, str):
                        currency_item = CountAggregation(_currency_item)
                    else:
                        raise FieldError("string (CountAggregation)", _currency_item)

                    currency.append(currency_item)
            except FieldError as field__error:
                field__error.segments.append(len(currency))
                field__error.segments.append("currency")
                raise
        elif _currency is not UNSET:
            raise FieldError("array", _currency, "currency")

        _deposit_held_in_cents = d.pop("deposit_held_in_cents", UNSET)
        deposit_held_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_deposit_held_in_cents, list):
            deposit_held_in_cents = []
            try:
                for deposit_held_in_cents_item_data in _deposit_held_in_cents:
                    _deposit_held_in_cents_item = deposit_held_in_cents_item_data
                    if isinstance(_deposit_held_in_cents_item, str):
                        deposit_held_in_cents_item = NumericAggregation(_deposit_held_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _deposit_held_in_cents_item)

                    deposit_held_in_cents.append(deposit_held_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_held_in_cents))
                field__error.segments.append("deposit_held_in_cents")
                raise
        elif _deposit_held_in_cents is not UNSET:
            raise FieldError("array", _deposit_held_in_cents, "deposit_held_in_cents")

        _deposit_in_cents = d.pop("deposit_in_cents", UNSET)
        deposit_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_deposit_in_cents, list):
            deposit_in_cents = []
            try:
                for deposit_in_cents_item_data in _deposit_in_cents:
                    _deposit_in_cents_item = deposit_in_cents_item_data
                    if isinstance(_deposit_in_cents_item, str):
                        deposit_in_cents_item = NumericAggregation(_deposit_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _deposit_in_cents_item)

                    deposit_in_cents.append(deposit_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_in_cents))
                field__error.segments.append("deposit_in_cents")
                raise
        elif _deposit_in_cents is not UNSET:
            raise FieldError("array", _deposit_in_cents, "deposit_in_cents")

        _deposit_paid_in_cents = d.pop("deposit_paid_in_cents", UNSET)
        deposit_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_deposit_paid_in_cents, list):
            deposit_paid_in_cents = []
            try:
                for deposit_paid_in_cents_item_data in _deposit_paid_in_cents:
                    _deposit_paid_in_cents_item = deposit_paid_in_cents_item_data
                    if isinstance(_deposit_paid_in_cents_item, str):
                        deposit_paid_in_cents_item = NumericAggregation(_deposit_paid_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _deposit_paid_in_cents_item)

                    deposit_paid_in_cents.append(deposit_paid_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_paid_in_cents))
                field__error.segments.append("deposit_paid_in_cents")
                raise
        elif _deposit_paid_in_cents is not UNSET:
            raise FieldError("array", _deposit_paid_in_cents, "deposit_paid_in_cents")

        _deposit_refunded_in_cents = d.pop("deposit_refunded_in_cents", UNSET)
        deposit_refunded_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_deposit_refunded_in_cents, list):
            deposit_refunded_in_cents = []
            try:
                for deposit_refunded_in_cents_item_data in _deposit_refunded_in_cents:
                    _deposit_refunded_in_cents_item = deposit_refunded_in_cents_item_data
                    if isinstance(_deposit_refunded_in_cents_item, str):
                        deposit_refunded_in_cents_item = NumericAggregation(_deposit_refunded_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _deposit_refunded_in_cents_item)

                    deposit_refunded_in_cents.append(deposit_refunded_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_refunded_in_cents))
                field__error.segments.append("deposit_refunded_in_cents")
                raise
        elif _deposit_refunded_in_cents is not UNSET:
            raise FieldError("array", _deposit_refunded_in_cents, "deposit_refunded_in_cents")

        _deposit_to_refund_in_cents = d.pop("deposit_to_refund_in_cents", UNSET)
        deposit_to_refund_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_deposit_to_refund_in_cents, list):
            deposit_to_refund_in_cents = []
            try:
                for deposit_to_refund_in_cents_item_data in _deposit_to_refund_in_cents:
                    _deposit_to_refund_in_cents_item = deposit_to_refund_in_cents_item_data
                    if isinstance(_deposit_to_refund_in_cents_item, str):
                        deposit_to_refund_in_cents_item = NumericAggregation(_deposit_to_refund_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _deposit_to_refund_in_cents_item)

                    deposit_to_refund_in_cents.append(deposit_to_refund_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_to_refund_in_cents))
                field__error.segments.append("deposit_to_refund_in_cents")
                raise
        elif _deposit_to_refund_in_cents is not UNSET:
            raise FieldError("array", _deposit_to_refund_in_cents, "deposit_to_refund_in_cents")

        _deposit_type = d.pop("deposit_type", UNSET)
        deposit_type: list[CountAggregation] | Unset = UNSET
        if isinstance(_deposit_type, list):
            deposit_type = []
            try:
                for deposit_type_item_data in _deposit_type:
                    _deposit_type_item = deposit_type_item_data
                    if isinstance(_deposit_type_item, str):
                        deposit_type_item = CountAggregation(_deposit_type_item)
                    else:
                        raise FieldError("string (CountAggregation)", _deposit_type_item)

                    deposit_type.append(deposit_type_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_type))
                field__error.segments.append("deposit_type")
                raise
        elif _deposit_type is not UNSET:
            raise FieldError("array", _deposit_type, "deposit_type")

        _discount_in_cents = d.pop("discount_in_cents", UNSET)
        discount_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_discount_in_cents, list):
            discount_in_cents = []
            try:
                for discount_in_cents_item_data in _discount_in_cents:
                    _discount_in_cents_item = discount_in_cents_item_data
                    if isinstance(_discount_in_cents_item, str):
                        discount_in_cents_item = NumericAggregation(_discount_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _discount_in_cents_item)

                    discount_in_cents.append(discount_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(discount_in_cents))
                field__error.segments.append("discount_in_cents")
                raise
        elif _discount_in_cents is not UNSET:
            raise FieldError("array", _discount_in_cents, "discount_in_cents")

        _discount_percentage = d.pop("discount_percentage", UNSET)
        discount_percentage: list[RangeAggregation] | Unset = UNSET
        if isinstance(_discount_percentage, list):
            discount_percentage = []
            try:
                for discount_percentage_item_data in _discount_percentage:
                    _discount_percentage_item = discount_percentage_item_data
                    if isinstance(_discount_percentage_item, str):
                        discount_percentage_item = RangeAggregation(_discount_percentage_item)
                    else:
                        raise FieldError("string (RangeAggregation)", _discount_percentage_item)

                    discount_percentage.append(discount_percentage_item)
            except FieldError as field__error:
                field__error.segments.append(len(discount_percentage))
                field__error.segments.append("discount_percentage")
                raise
        elif _discount_percentage is not UNSET:
            raise FieldError("array", _discount_percentage, "discount_percentage")

        _fulfillment_type = d.pop("fulfillment_type", UNSET)
        fulfillment_type: list[CountAggregation] | Unset = UNSET
        if isinstance(_fulfillment_type, list):
            fulfillment_type = []
            try:
                for fulfillment_type_item_data in _fulfillment_type:
                    _fulfillment_type_item = fulfillment_type_item_data
                    if isinstance(_fulfillment_type_item, str):
                        fulfillment_type_item = CountAggregation(_fulfillment_type_item)
                    else:
                        raise FieldError("string (CountAggregation)", _fulfillment_type_item)

                    fulfillment_type.append(fulfillment_type_item)
            except FieldError as field__error:
                field__error.segments.append(len(fulfillment_type))
                field__error.segments.append("fulfillment_type")
                raise
        elif _fulfillment_type is not UNSET:
            raise FieldError("array", _fulfillment_type, "fulfillment_type")

        _grand_total_in_cents = d.pop("grand_total_in_cents", UNSET)
        grand_total_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_grand_total_in_cents, list):
            grand_total_in_cents = []
            try:
                for grand_total_in_cents_item_data in _grand_total_in_cents:
                    _grand_total_in_cents_item = grand_total_in_cents_item_data
                    if isinstance(_grand_total_in_cents_item, str):
                        grand_total_in_cents_item = NumericAggregation(_grand_total_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _grand_total_in_cents_item)

                    grand_total_in_cents.append(grand_total_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(grand_total_in_cents))
                field__error.segments.append("grand_total_in_cents")
                raise
        elif _grand_total_in_cents is not UNSET:
            raise FieldError("array", _grand_total_in_cents, "grand_total_in_cents")

        _grand_total_with_tax_in_cents = d.pop("grand_total_with_tax_in_cents", UNSET)
        grand_total_with_tax_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_grand_total_with_tax_in_cents, list):
            grand_total_with_tax_in_cents = []
            try:
                for grand_total_with_tax_in_cents_item_data in _grand_total_with_tax_in_cents:
                    _grand_total_with_tax_in_cents_item = grand_total_with_tax_in_cents_item_data
                    if isinstance(_grand_total_with_tax_in_cents_item, str):
                        grand_total_with_tax_in_cents_item = NumericAggregation(_grand_total_with_tax_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _grand_total_with_tax_in_cents_item)

                    grand_total_with_tax_in_cents.append(grand_total_with_tax_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(grand_total_with_tax_in_cents))
                field__error.segments.append("grand_total_with_tax_in_cents")
                raise
        elif _grand_total_with_tax_in_cents is not UNSET:
            raise FieldError("array", _grand_total_with_tax_in_cents, "grand_total_with_tax_in_cents")

        _paid_in_cents = d.pop("paid_in_cents", UNSET)
        paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_paid_in_cents, list):
            paid_in_cents = []
            try:
                for paid_in_cents_item_data in _paid_in_cents:
                    _paid_in_cents_item = paid_in_cents_item_data
                    if isinstance(_paid_in_cents_item, str):
                        paid_in_cents_item = NumericAggregation(_paid_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _paid_in_cents_item)

                    paid_in_cents.append(paid_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(paid_in_cents))
                field__error.segments.append("paid_in_cents")
                raise
        elif _paid_in_cents is not UNSET:
            raise FieldError("array", _paid_in_cents, "paid_in_cents")

        _price_in_cents = d.pop("price_in_cents", UNSET)
        price_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_price_in_cents, list):
            price_in_cents = []
            try:
                for price_in_cents_item_data in _price_in_cents:
                    _price_in_cents_item = price_in_cents_item_data
                    if isinstance(_price_in_cents_item, str):
                        price_in_cents_item = NumericAggregation(_price_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _price_in_cents_item)

                    price_in_cents.append(price_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(price_in_cents))
                field__error.segments.append("price_in_cents")
                raise
        elif _price_in_cents is not UNSET:
            raise FieldError("array", _price_in_cents, "price_in_cents")

        _status = d.pop("status", UNSET)
        status: list[CountAggregation] | Unset = UNSET
        if isinstance(_status, list):
            status = []
            try:
                for status_item_data in _status:
                    _status_item = status_item_data
                    if isinstance(_status_item, str):
                        status_item = CountAggregation(_status_item)
                    else:
                        raise FieldError("string (CountAggregation)", _status_item)

                    status.append(status_item)
            except FieldError as field__error:
                field__error.segments.append(len(status))
                field__error.segments.append("status")
                raise
        elif _status is not UNSET:
            raise FieldError("array", _status, "status")

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[CountAggregation] | Unset = UNSET
        if isinstance(_tag_list, list):
            tag_list = []
            try:
                for tag_list_item_data in _tag_list:
                    _tag_list_item = tag_list_item_data
                    if isinstance(_tag_list_item, str):
                        tag_list_item = CountAggregation(_tag_list_item)
                    else:
                        raise FieldError("string (CountAggregation)", _tag_list_item)

                    tag_list.append(tag_list_item)
            except FieldError as field__error:
                field__error.segments.append(len(tag_list))
                field__error.segments.append("tag_list")
                raise
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

        _tax_in_cents = d.pop("tax_in_cents", UNSET)
        tax_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_tax_in_cents, list):
            tax_in_cents = []
            try:
                for tax_in_cents_item_data in _tax_in_cents:
                    _tax_in_cents_item = tax_in_cents_item_data
                    if isinstance(_tax_in_cents_item, str):
                        tax_in_cents_item = NumericAggregation(_tax_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _tax_in_cents_item)

                    tax_in_cents.append(tax_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(tax_in_cents))
                field__error.segments.append("tax_in_cents")
                raise
        elif _tax_in_cents is not UNSET:
            raise FieldError("array", _tax_in_cents, "tax_in_cents")

        _tax_strategy = d.pop("tax_strategy", UNSET)
        tax_strategy: list[CountAggregation] | Unset = UNSET
        if isinstance(_tax_strategy, list):
            tax_strategy = []
            try:
                for tax_strategy_item_data in _tax_strategy:
                    _tax_strategy_item = tax_strategy_item_data
                    if isinstance(_tax_strategy_item, str):
                        tax_strategy_item = CountAggregation(_tax_strategy_item)
                    else:
                        raise FieldError("string (CountAggregation)", _tax_strategy_item)

                    tax_strategy.append(tax_strategy_item)
            except FieldError as field__error:
                field__error.segments.append(len(tax_strategy))
                field__error.segments.append("tax_strategy")
                raise
        elif _tax_strategy is not UNSET:
            raise FieldError("array", _tax_strategy, "tax_strategy")

        _to_be_paid_in_cents = d.pop("to_be_paid_in_cents", UNSET)
        to_be_paid_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_to_be_paid_in_cents, list):
            to_be_paid_in_cents = []
            try:
                for to_be_paid_in_cents_item_data in _to_be_paid_in_cents:
                    _to_be_paid_in_cents_item = to_be_paid_in_cents_item_data
                    if isinstance(_to_be_paid_in_cents_item, str):
                        to_be_paid_in_cents_item = NumericAggregation(_to_be_paid_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _to_be_paid_in_cents_item)

                    to_be_paid_in_cents.append(to_be_paid_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(to_be_paid_in_cents))
                field__error.segments.append("to_be_paid_in_cents")
                raise
        elif _to_be_paid_in_cents is not UNSET:
            raise FieldError("array", _to_be_paid_in_cents, "to_be_paid_in_cents")

        _total = d.pop("total", UNSET)
        total: list[CountAggregation] | Unset = UNSET
        if isinstance(_total, list):
            total = []
            try:
                for total_item_data in _total:
                    _total_item = total_item_data
                    if isinstance(_total_item, str):
                        total_item = CountAggregation(_total_item)
                    else:
                        raise FieldError("string (CountAggregation)", _total_item)

                    total.append(total_item)
            except FieldError as field__error:
                field__error.segments.append(len(total))
                field__error.segments.append("total")
                raise
        elif _total is not UNSET:
            raise FieldError("array", _total, "total")

        _total_discount_in_cents = d.pop("total_discount_in_cents", UNSET)
        total_discount_in_cents: list[NumericAggregation] | Unset = UNSET
        if isinstance(_total_discount_in_cents, list):
            total_discount_in_cents = []
            try:
                for total_discount_in_cents_item_data in _total_discount_in_cents:
                    _total_discount_in_cents_item = total_discount_in_cents_item_data
                    if isinstance(_total_discount_in_cents_item, str):
                        total_discount_in_cents_item = NumericAggregation(_total_discount_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _total_discount_in_cents_item)

                    total_discount_in_cents.append(total_discount_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(total_discount_in_cents))
                field__error.segments.append("total_discount_in_cents")
                raise
        elif _total_discount_in_cents is not UNSET:
            raise FieldError("array", _total_discount_in_cents, "total_discount_in_cents")

        document_stats_request = cls(
            coupon_discount_in_cents=coupon_discount_in_cents,
            currency=currency,
            deposit_held_in_cents=deposit_held_in_cents,
            deposit_in_cents=deposit_in_cents,
            deposit_paid_in_cents=deposit_paid_in_cents,
            deposit_refunded_in_cents=deposit_refunded_in_cents,
            deposit_to_refund_in_cents=deposit_to_refund_in_cents,
            deposit_type=deposit_type,
            discount_in_cents=discount_in_cents,
            discount_percentage=discount_percentage,
            fulfillment_type=fulfillment_type,
            grand_total_in_cents=grand_total_in_cents,
            grand_total_with_tax_in_cents=grand_total_with_tax_in_cents,
            paid_in_cents=paid_in_cents,
            price_in_cents=price_in_cents,
            status=status,
            tag_list=tag_list,
            tax_in_cents=tax_in_cents,
            tax_strategy=tax_strategy,
            to_be_paid_in_cents=to_be_paid_in_cents,
            total=total,
            total_discount_in_cents=total_discount_in_cents,
        )

        if d:
            raise FieldError(
                "no such property (DocumentStatsRequest allows no others)", None, next(iter(d)), found="one"
            )
        return document_stats_request
