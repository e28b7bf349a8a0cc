from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
            coupon_discount_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            currency (list[CountAggregation | Literal["count"]] | Unset):
            deposit_held_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            deposit_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            deposit_paid_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            deposit_refunded_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            deposit_to_refund_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            deposit_type (list[CountAggregation | Literal["count"]] | Unset):
            discount_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            discount_percentage (list[RangeAggregation | Literal["average", "maximum", "minimum"]] | Unset):
            fulfillment_type (list[CountAggregation | Literal["count"]] | Unset):
            grand_total_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            grand_total_with_tax_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] |
                Unset):
            paid_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            price_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            status (list[CountAggregation | Literal["count"]] | Unset):
            tag_list (list[CountAggregation | Literal["count"]] | Unset):
            tax_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            tax_strategy (list[CountAggregation | Literal["count"]] | Unset):
            to_be_paid_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
            total_discount_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
    """

    coupon_discount_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    currency: list[CountAggregation | Literal["count"]] | Unset = UNSET
    deposit_held_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    deposit_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    deposit_paid_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    deposit_refunded_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = (
        UNSET
    )
    deposit_to_refund_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = (
        UNSET
    )
    deposit_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
    discount_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    discount_percentage: list[RangeAggregation | Literal["average", "maximum", "minimum"]] | Unset = UNSET
    fulfillment_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
    grand_total_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    grand_total_with_tax_in_cents: (
        list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset
    ) = UNSET
    paid_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    price_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    status: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tag_list: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tax_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    tax_strategy: list[CountAggregation | Literal["count"]] | Unset = UNSET
    to_be_paid_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total_discount_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        coupon_discount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.coupon_discount_in_cents, Unset):
            coupon_discount_in_cents = []
            for coupon_discount_in_cents_item_data in self.coupon_discount_in_cents:
                coupon_discount_in_cents_item = NumericAggregation(coupon_discount_in_cents_item_data).value
                coupon_discount_in_cents.append(coupon_discount_in_cents_item)

        if coupon_discount_in_cents is not UNSET:
            field_dict["coupon_discount_in_cents"] = coupon_discount_in_cents
        currency: list[str] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = []
            for currency_item_data in self.currency:
                currency_item = CountAggregation(currency_item_data).value
                currency.append(currency_item)

        if currency is not UNSET:
            field_dict["currency"] = currency
        deposit_held_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_held_in_cents, Unset):
            deposit_held_in_cents = []
            for deposit_held_in_cents_item_data in self.deposit_held_in_cents:
                deposit_held_in_cents_item = NumericAggregation(deposit_held_in_cents_item_data).value
                deposit_held_in_cents.append(deposit_held_in_cents_item)

        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        deposit_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = []
            for deposit_in_cents_item_data in self.deposit_in_cents:
                deposit_in_cents_item = NumericAggregation(deposit_in_cents_item_data).value
                deposit_in_cents.append(deposit_in_cents_item)

        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        deposit_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_paid_in_cents, Unset):
            deposit_paid_in_cents = []
            for deposit_paid_in_cents_item_data in self.deposit_paid_in_cents:
                deposit_paid_in_cents_item = NumericAggregation(deposit_paid_in_cents_item_data).value
                deposit_paid_in_cents.append(deposit_paid_in_cents_item)

        if deposit_paid_in_cents is not UNSET:
            field_dict["deposit_paid_in_cents"] = deposit_paid_in_cents
        deposit_refunded_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_refunded_in_cents, Unset):
            deposit_refunded_in_cents = []
            for deposit_refunded_in_cents_item_data in self.deposit_refunded_in_cents:
                deposit_refunded_in_cents_item = NumericAggregation(deposit_refunded_in_cents_item_data).value
                deposit_refunded_in_cents.append(deposit_refunded_in_cents_item)

        if deposit_refunded_in_cents is not UNSET:
            field_dict["deposit_refunded_in_cents"] = deposit_refunded_in_cents
        deposit_to_refund_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_to_refund_in_cents, Unset):
            deposit_to_refund_in_cents = []
            for deposit_to_refund_in_cents_item_data in self.deposit_to_refund_in_cents:
                deposit_to_refund_in_cents_item = NumericAggregation(deposit_to_refund_in_cents_item_data).value
                deposit_to_refund_in_cents.append(deposit_to_refund_in_cents_item)

        if deposit_to_refund_in_cents is not UNSET:
            field_dict["deposit_to_refund_in_cents"] = deposit_to_refund_in_cents
        deposit_type: list[str] | Unset = UNSET
        if not isinstance(self.deposit_type, Unset):
            deposit_type = []
            for deposit_type_item_data in self.deposit_type:
                deposit_type_item = CountAggregation(deposit_type_item_data).value
                deposit_type.append(deposit_type_item)

        if deposit_type is not UNSET:
            field_dict["deposit_type"] = deposit_type
        discount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.discount_in_cents, Unset):
            discount_in_cents = []
            for discount_in_cents_item_data in self.discount_in_cents:
                discount_in_cents_item = NumericAggregation(discount_in_cents_item_data).value
                discount_in_cents.append(discount_in_cents_item)

        if discount_in_cents is not UNSET:
            field_dict["discount_in_cents"] = discount_in_cents
        discount_percentage: list[str] | Unset = UNSET
        if not isinstance(self.discount_percentage, Unset):
            discount_percentage = []
            for discount_percentage_item_data in self.discount_percentage:
                discount_percentage_item = RangeAggregation(discount_percentage_item_data).value
                discount_percentage.append(discount_percentage_item)

        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        fulfillment_type: list[str] | Unset = UNSET
        if not isinstance(self.fulfillment_type, Unset):
            fulfillment_type = []
            for fulfillment_type_item_data in self.fulfillment_type:
                fulfillment_type_item = CountAggregation(fulfillment_type_item_data).value
                fulfillment_type.append(fulfillment_type_item)

        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        grand_total_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.grand_total_in_cents, Unset):
            grand_total_in_cents = []
            for grand_total_in_cents_item_data in self.grand_total_in_cents:
                grand_total_in_cents_item = NumericAggregation(grand_total_in_cents_item_data).value
                grand_total_in_cents.append(grand_total_in_cents_item)

        if grand_total_in_cents is not UNSET:
            field_dict["grand_total_in_cents"] = grand_total_in_cents
        grand_total_with_tax_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.grand_total_with_tax_in_cents, Unset):
            grand_total_with_tax_in_cents = []
            for grand_total_with_tax_in_cents_item_data in self.grand_total_with_tax_in_cents:
                grand_total_with_tax_in_cents_item = NumericAggregation(grand_total_with_tax_in_cents_item_data).value
                grand_total_with_tax_in_cents.append(grand_total_with_tax_in_cents_item)

        if grand_total_with_tax_in_cents is not UNSET:
            field_dict["grand_total_with_tax_in_cents"] = grand_total_with_tax_in_cents
        paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.paid_in_cents, Unset):
            paid_in_cents = []
            for paid_in_cents_item_data in self.paid_in_cents:
                paid_in_cents_item = NumericAggregation(paid_in_cents_item_data).value
                paid_in_cents.append(paid_in_cents_item)

        if paid_in_cents is not UNSET:
            field_dict["paid_in_cents"] = paid_in_cents
        price_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.price_in_cents, Unset):
            price_in_cents = []
            for price_in_cents_item_data in self.price_in_cents:
                price_in_cents_item = NumericAggregation(price_in_cents_item_data).value
                price_in_cents.append(price_in_cents_item)

        if price_in_cents is not UNSET:
            field_dict["price_in_cents"] = price_in_cents
        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = CountAggregation(status_item_data).value
                status.append(status_item)

        if status is not UNSET:
            field_dict["status"] = status
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = CountAggregation(tag_list_item_data).value
                tag_list.append(tag_list_item)

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.tax_in_cents, Unset):
            tax_in_cents = []
            for tax_in_cents_item_data in self.tax_in_cents:
                tax_in_cents_item = NumericAggregation(tax_in_cents_item_data).value
                tax_in_cents.append(tax_in_cents_item)

        if tax_in_cents is not UNSET:
            field_dict["tax_in_cents"] = tax_in_cents
        tax_strategy: list[str] | Unset = UNSET
        if not isinstance(self.tax_strategy, Unset):
            tax_strategy = []
            for tax_strategy_item_data in self.tax_strategy:
                tax_strategy_item = CountAggregation(tax_strategy_item_data).value
                tax_strategy.append(tax_strategy_item)

        if tax_strategy is not UNSET:
            field_dict["tax_strategy"] = tax_strategy
        to_be_paid_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.to_be_paid_in_cents, Unset):
            to_be_paid_in_cents = []
            for to_be_paid_in_cents_item_data in self.to_be_paid_in_cents:
                to_be_paid_in_cents_item = NumericAggregation(to_be_paid_in_cents_item_data).value
                to_be_paid_in_cents.append(to_be_paid_in_cents_item)

        if to_be_paid_in_cents is not UNSET:
            field_dict["to_be_paid_in_cents"] = to_be_paid_in_cents
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total
        total_discount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.total_discount_in_cents, Unset):
            total_discount_in_cents = []
            for total_discount_in_cents_item_data in self.total_discount_in_cents:
                total_discount_in_cents_item = NumericAggregation(total_discount_in_cents_item_data).value
                total_discount_in_cents.append(total_discount_in_cents_item)

        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DocumentStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _coupon_discount_in_cents = d.get("coupon_discount_in_cents", UNSET)
        coupon_discount_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = (
            UNSET
        )
        if isinstance(_coupon_discount_in_cents, list):
            coupon_discount_in_cents = []
            try:
                for coupon_discount_in_cents_item_data in _coupon_discount_in_cents:
                    _coupon_discount_in_cents_item = coupon_discount_in_cents_item_data
                    if type(_coupon_discount_in_cents_item) is str:
                        coupon_discount_in_cents_item = NumericAggregation._by__value.get(
                            _coupon_discount_in_cents_item
                        ) or NumericAggregation(_coupon_discount_in_cents_item)
                    elif isinstance(_coupon_discount_in_cents_item, str):
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

        if coupon_discount_in_cents is UNSET:
            n__absent += 1

        _currency = d.get("currency", UNSET)
        currency: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_currency, list):
            currency = []
            try:
                for currency_item_data in _currency:
                    _currency_item = currency_item_data
                    if type(_currency_item) is str:
                        currency_item = CountAggregation._by__value.get(_currency_item) or CountAggregation(
                            _currency_item
                        )
                    elif isinstance(_currency_item, str):
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

        if currency is UNSET:
            n__absent += 1

        _deposit_held_in_cents = d.get("deposit_held_in_cents", UNSET)
        deposit_held_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = (
            UNSET
        )
        if isinstance(_deposit_held_in_cents, list):
            deposit_held_in_cents = []
            try:
                for deposit_held_in_cents_item_data in _deposit_held_in_cents:
                    _deposit_held_in_cents_item = deposit_held_in_cents_item_data
                    if type(_deposit_held_in_cents_item) is str:
                        deposit_held_in_cents_item = NumericAggregation._by__value.get(
                            _deposit_held_in_cents_item
                        ) or NumericAggregation(_deposit_held_in_cents_item)
                    elif isinstance(_deposit_held_in_cents_item, str):
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

        if deposit_held_in_cents is UNSET:
            n__absent += 1

        _deposit_in_cents = d.get("deposit_in_cents", UNSET)
        deposit_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_deposit_in_cents, list):
            deposit_in_cents = []
            try:
                for deposit_in_cents_item_data in _deposit_in_cents:
                    _deposit_in_cents_item = deposit_in_cents_item_data
                    if type(_deposit_in_cents_item) is str:
                        deposit_in_cents_item = NumericAggregation._by__value.get(
                            _deposit_in_cents_item
                        ) or NumericAggregation(_deposit_in_cents_item)
                    elif isinstance(_deposit_in_cents_item, str):
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

        if deposit_in_cents is UNSET:
            n__absent += 1

        _deposit_paid_in_cents = d.get("deposit_paid_in_cents", UNSET)
        deposit_paid_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = (
            UNSET
        )
        if isinstance(_deposit_paid_in_cents, list):
            deposit_paid_in_cents = []
            try:
                for deposit_paid_in_cents_item_data in _deposit_paid_in_cents:
                    _deposit_paid_in_cents_item = deposit_paid_in_cents_item_data
                    if type(_deposit_paid_in_cents_item) is str:
                        deposit_paid_in_cents_item = NumericAggregation._by__value.get(
                            _deposit_paid_in_cents_item
                        ) or NumericAggregation(_deposit_paid_in_cents_item)
                    elif isinstance(_deposit_paid_in_cents_item, str):
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

        if deposit_paid_in_cents is UNSET:
            n__absent += 1

        _deposit_refunded_in_cents = d.get("deposit_refunded_in_cents", UNSET)
        deposit_refunded_in_cents: (
            list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset
        ) = UNSET
        if isinstance(_deposit_refunded_in_cents, list):
            deposit_refunded_in_cents = []
            try:
                for deposit_refunded_in_cents_item_data in _deposit_refunded_in_cents:
                    _deposit_refunded_in_cents_item = deposit_refunded_in_cents_item_data
                    if type(_deposit_refunded_in_cents_item) is str:
                        deposit_refunded_in_cents_item = NumericAggregation._by__value.get(
                            _deposit_refunded_in_cents_item
                        ) or NumericAggregation(_deposit_refunded_in_cents_item)
                    elif isinstance(_deposit_refunded_in_cents_item, str):
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

        if deposit_refunded_in_cents is UNSET:
            n__absent += 1

        _deposit_to_refund_in_cents = d.get("deposit_to_refund_in_cents", UNSET)
        deposit_to_refund_in_cents: (
            list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset
        ) = UNSET
        if isinstance(_deposit_to_refund_in_cents, list):
            deposit_to_refund_in_cents = []
            try:
                for deposit_to_refund_in_cents_item_data in _deposit_to_refund_in_cents:
                    _deposit_to_refund_in_cents_item = deposit_to_refund_in_cents_item_data
                    if type(_deposit_to_refund_in_cents_item) is str:
                        deposit_to_refund_in_cents_item = NumericAggregation._by__value.get(
                            _deposit_to_refund_in_cents_item
                        ) or NumericAggregation(_deposit_to_refund_in_cents_item)
                    elif isinstance(_deposit_to_refund_in_cents_item, str):
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

        if deposit_to_refund_in_cents is UNSET:
            n__absent += 1

        _deposit_type = d.get("deposit_type", UNSET)
        deposit_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_deposit_type, list):
            deposit_type = []
            try:
                for deposit_type_item_data in _deposit_type:
                    _deposit_type_item = deposit_type_item_data
                    if type(_deposit_type_item) is str:
                        deposit_type_item = CountAggregation._by__value.get(_deposit_type_item) or CountAggregation(
                            _deposit_type_item
                        )
                    elif isinstance(_deposit_type_item, str):
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

        if deposit_type is UNSET:
            n__absent += 1

        _discount_in_cents = d.get("discount_in_cents", UNSET)
        discount_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_discount_in_cents, list):
            discount_in_cents = []
            try:
                for discount_in_cents_item_data in _discount_in_cents:
                    _discount_in_cents_item = discount_in_cents_item_data
                    if type(_discount_in_cents_item) is str:
                        discount_in_cents_item = NumericAggregation._by__value.get(
                            _discount_in_cents_item
                        ) or NumericAggregation(_discount_in_cents_item)
                    elif isinstance(_discount_in_cents_item, str):
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

        if discount_in_cents is UNSET:
            n__absent += 1

        _discount_percentage = d.get("discount_percentage", UNSET)
        discount_percentage: list[RangeAggregation | Literal["average", "maximum", "minimum"]] | Unset = UNSET
        if isinstance(_discount_percentage, list):
            discount_percentage = []
            try:
                for discount_percentage_item_data in _discount_percentage:
                    _discount_percentage_item = discount_percentage_item_data
                    if type(_discount_percentage_item) is str:
                        discount_percentage_item = RangeAggregation._by__value.get(
                            _discount_percentage_item
                        ) or RangeAggregation(_discount_percentage_item)
                    elif isinstance(_discount_percentage_item, str):
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

        if discount_percentage is UNSET:
            n__absent += 1

        _fulfillment_type = d.get("fulfillment_type", UNSET)
        fulfillment_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_fulfillment_type, list):
            fulfillment_type = []
            try:
                for fulfillment_type_item_data in _fulfillment_type:
                    _fulfillment_type_item = fulfillment_type_item_data
                    if type(_fulfillment_type_item) is str:
                        fulfillment_type_item = CountAggregation._by__value.get(
                            _fulfillment_type_item
                        ) or CountAggregation(_fulfillment_type_item)
                    elif isinstance(_fulfillment_type_item, str):
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

        if fulfillment_type is UNSET:
            n__absent += 1

        _grand_total_in_cents = d.get("grand_total_in_cents", UNSET)
        grand_total_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_grand_total_in_cents, list):
            grand_total_in_cents = []
            try:
                for grand_total_in_cents_item_data in _grand_total_in_cents:
                    _grand_total_in_cents_item = grand_total_in_cents_item_data
                    if type(_grand_total_in_cents_item) is str:
                        grand_total_in_cents_item = NumericAggregation._by__value.get(
                            _grand_total_in_cents_item
                        ) or NumericAggregation(_grand_total_in_cents_item)
                    elif isinstance(_grand_total_in_cents_item, str):
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

        if grand_total_in_cents is UNSET:
            n__absent += 1

        _grand_total_with_tax_in_cents = d.get("grand_total_with_tax_in_cents", UNSET)
        grand_total_with_tax_in_cents: (
            list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset
        ) = UNSET
        if isinstance(_grand_total_with_tax_in_cents, list):
            grand_total_with_tax_in_cents = []
            try:
                for grand_total_with_tax_in_cents_item_data in _grand_total_with_tax_in_cents:
                    _grand_total_with_tax_in_cents_item = grand_total_with_tax_in_cents_item_data
                    if type(_grand_total_with_tax_in_cents_item) is str:
                        grand_total_with_tax_in_cents_item = NumericAggregation._by__value.get(
                            _grand_total_with_tax_in_cents_item
                        ) or NumericAggregation(_grand_total_with_tax_in_cents_item)
                    elif isinstance(_grand_total_with_tax_in_cents_item, str):
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

        if grand_total_with_tax_in_cents is UNSET:
            n__absent += 1

        _paid_in_cents = d.get("paid_in_cents", UNSET)
        paid_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_paid_in_cents, list):
            paid_in_cents = []
            try:
                for paid_in_cents_item_data in _paid_in_cents:
                    _paid_in_cents_item = paid_in_cents_item_data
                    if type(_paid_in_cents_item) is str:
                        paid_in_cents_item = NumericAggregation._by__value.get(
                            _paid_in_cents_item
                        ) or NumericAggregation(_paid_in_cents_item)
                    elif isinstance(_paid_in_cents_item, str):
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

        if paid_in_cents is UNSET:
            n__absent += 1

        _price_in_cents = d.get("price_in_cents", UNSET)
        price_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_price_in_cents, list):
            price_in_cents = []
            try:
                for price_in_cents_item_data in _price_in_cents:
                    _price_in_cents_item = price_in_cents_item_data
                    if type(_price_in_cents_item) is str:
                        price_in_cents_item = NumericAggregation._by__value.get(
                            _price_in_cents_item
                        ) or NumericAggregation(_price_in_cents_item)
                    elif isinstance(_price_in_cents_item, str):
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

        if price_in_cents is UNSET:
            n__absent += 1

        _status = d.get("status", UNSET)
        status: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_status, list):
            status = []
            try:
                for status_item_data in _status:
                    _status_item = status_item_data
                    if type(_status_item) is str:
                        status_item = CountAggregation._by__value.get(_status_item) or CountAggregation(_status_item)
                    elif isinstance(_status_item, str):
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

        if status is UNSET:
            n__absent += 1

        _tag_list = d.get("tag_list", UNSET)
        tag_list: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_tag_list, list):
            tag_list = []
            try:
                for tag_list_item_data in _tag_list:
                    _tag_list_item = tag_list_item_data
                    if type(_tag_list_item) is str:
                        tag_list_item = CountAggregation._by__value.get(_tag_list_item) or CountAggregation(
                            _tag_list_item
                        )
                    elif isinstance(_tag_list_item, str):
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

        if tag_list is UNSET:
            n__absent += 1

        _tax_in_cents = d.get("tax_in_cents", UNSET)
        tax_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_tax_in_cents, list):
            tax_in_cents = []
            try:
                for tax_in_cents_item_data in _tax_in_cents:
                    _tax_in_cents_item = tax_in_cents_item_data
                    if type(_tax_in_cents_item) is str:
                        tax_in_cents_item = NumericAggregation._by__value.get(_tax_in_cents_item) or NumericAggregation(
                            _tax_in_cents_item
                        )
                    elif isinstance(_tax_in_cents_item, str):
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

        if tax_in_cents is UNSET:
            n__absent += 1

        _tax_strategy = d.get("tax_strategy", UNSET)
        tax_strategy: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_tax_strategy, list):
            tax_strategy = []
            try:
                for tax_strategy_item_data in _tax_strategy:
                    _tax_strategy_item = tax_strategy_item_data
                    if type(_tax_strategy_item) is str:
                        tax_strategy_item = CountAggregation._by__value.get(_tax_strategy_item) or CountAggregation(
                            _tax_strategy_item
                        )
                    elif isinstance(_tax_strategy_item, str):
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

        if tax_strategy is UNSET:
            n__absent += 1

        _to_be_paid_in_cents = d.get("to_be_paid_in_cents", UNSET)
        to_be_paid_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_to_be_paid_in_cents, list):
            to_be_paid_in_cents = []
            try:
                for to_be_paid_in_cents_item_data in _to_be_paid_in_cents:
                    _to_be_paid_in_cents_item = to_be_paid_in_cents_item_data
                    if type(_to_be_paid_in_cents_item) is str:
                        to_be_paid_in_cents_item = NumericAggregation._by__value.get(
                            _to_be_paid_in_cents_item
                        ) or NumericAggregation(_to_be_paid_in_cents_item)
                    elif isinstance(_to_be_paid_in_cents_item, str):
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

        if to_be_paid_in_cents is UNSET:
            n__absent += 1

        _total = d.get("total", UNSET)
        total: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_total, list):
            total = []
            try:
                for total_item_data in _total:
                    _total_item = total_item_data
                    if type(_total_item) is str:
                        total_item = CountAggregation._by__value.get(_total_item) or CountAggregation(_total_item)
                    elif isinstance(_total_item, str):
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

        if total is UNSET:
            n__absent += 1

        _total_discount_in_cents = d.get("total_discount_in_cents", UNSET)
        total_discount_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = (
            UNSET
        )
        if isinstance(_total_discount_in_cents, list):
            total_discount_in_cents = []
            try:
                for total_discount_in_cents_item_data in _total_discount_in_cents:
                    _total_discount_in_cents_item = total_discount_in_cents_item_data
                    if type(_total_discount_in_cents_item) is str:
                        total_discount_in_cents_item = NumericAggregation._by__value.get(
                            _total_discount_in_cents_item
                        ) or NumericAggregation(_total_discount_in_cents_item)
                    elif isinstance(_total_discount_in_cents_item, str):
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

        if total_discount_in_cents is UNSET:
            n__absent += 1

        if cls is _plain__class:
            document_stats_request = _new__object(cls)
            document_stats_request.coupon_discount_in_cents = coupon_discount_in_cents
            document_stats_request.currency = currency
            document_stats_request.deposit_held_in_cents = deposit_held_in_cents
            document_stats_request.deposit_in_cents = deposit_in_cents
            document_stats_request.deposit_paid_in_cents = deposit_paid_in_cents
            document_stats_request.deposit_refunded_in_cents = deposit_refunded_in_cents
            document_stats_request.deposit_to_refund_in_cents = deposit_to_refund_in_cents
            document_stats_request.deposit_type = deposit_type
            document_stats_request.discount_in_cents = discount_in_cents
            document_stats_request.discount_percentage = discount_percentage
            document_stats_request.fulfillment_type = fulfillment_type
            document_stats_request.grand_total_in_cents = grand_total_in_cents
            document_stats_request.grand_total_with_tax_in_cents = grand_total_with_tax_in_cents
            document_stats_request.paid_in_cents = paid_in_cents
            document_stats_request.price_in_cents = price_in_cents
            document_stats_request.status = status
            document_stats_request.tag_list = tag_list
            document_stats_request.tax_in_cents = tax_in_cents
            document_stats_request.tax_strategy = tax_strategy
            document_stats_request.to_be_paid_in_cents = to_be_paid_in_cents
            document_stats_request.total = total
            document_stats_request.total_discount_in_cents = total_discount_in_cents
        else:
            document_stats_request = cls(
                coupon_discount_in_cents,
                currency,
                deposit_held_in_cents,
                deposit_in_cents,
                deposit_paid_in_cents,
                deposit_refunded_in_cents,
                deposit_to_refund_in_cents,
                deposit_type,
                discount_in_cents,
                discount_percentage,
                fulfillment_type,
                grand_total_in_cents,
                grand_total_with_tax_in_cents,
                paid_in_cents,
                price_in_cents,
                status,
                tag_list,
                tax_in_cents,
                tax_strategy,
                to_be_paid_in_cents,
                total,
                total_discount_in_cents,
            )
        if len(d) + n__absent != 22:
            for prop_name in d:
                if prop_name not in {
                    "coupon_discount_in_cents",
                    "currency",
                    "deposit_held_in_cents",
                    "deposit_in_cents",
                    "deposit_paid_in_cents",
                    "deposit_refunded_in_cents",
                    "deposit_to_refund_in_cents",
                    "deposit_type",
                    "discount_in_cents",
                    "discount_percentage",
                    "fulfillment_type",
                    "grand_total_in_cents",
                    "grand_total_with_tax_in_cents",
                    "paid_in_cents",
                    "price_in_cents",
                    "status",
                    "tag_list",
                    "tax_in_cents",
                    "tax_strategy",
                    "to_be_paid_in_cents",
                    "total",
                    "total_discount_in_cents",
                }:
                    raise FieldError(
                        "no such property (DocumentStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return document_stats_request

    __repr__ = _model__repr


_plain__class: type[DocumentStatsRequest] | None = (
    DocumentStatsRequest
    if {field.name for field in _attrs_fields(DocumentStatsRequest)}
    == {
        "coupon_discount_in_cents",
        "currency",
        "deposit_held_in_cents",
        "deposit_in_cents",
        "deposit_paid_in_cents",
        "deposit_refunded_in_cents",
        "deposit_to_refund_in_cents",
        "deposit_type",
        "discount_in_cents",
        "discount_percentage",
        "fulfillment_type",
        "grand_total_in_cents",
        "grand_total_with_tax_in_cents",
        "paid_in_cents",
        "price_in_cents",
        "status",
        "tag_list",
        "tax_in_cents",
        "tax_strategy",
        "to_be_paid_in_cents",
        "total",
        "total_discount_in_cents",
    }
    and not hasattr(DocumentStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
