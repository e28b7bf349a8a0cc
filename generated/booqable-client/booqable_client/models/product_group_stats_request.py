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
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductGroupStatsRequest")


@_attrs_define
class ProductGroupStatsRequest:
    """Aggregations to compute over all matching product groups (not just the page): field name to the list of
    aggregations. Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            archived (list[CountAggregation | Literal["count"]] | Unset):
            base_price_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            default_purchase_cost_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] |
                Unset):
            deposit_in_cents (list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset):
            discountable (list[CountAggregation | Literal["count"]] | Unset):
            price_period (list[CountAggregation | Literal["count"]] | Unset):
            price_type (list[CountAggregation | Literal["count"]] | Unset):
            product_type (list[CountAggregation | Literal["count"]] | Unset):
            show_in_store (list[CountAggregation | Literal["count"]] | Unset):
            tag_list (list[CountAggregation | Literal["count"]] | Unset):
            tax_category_id (list[CountAggregation | Literal["count"]] | Unset):
            taxable (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
            tracking_type (list[CountAggregation | Literal["count"]] | Unset):
    """

    archived: list[CountAggregation | Literal["count"]] | Unset = UNSET
    base_price_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    default_purchase_cost_in_cents: (
        list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset
    ) = UNSET
    deposit_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
    discountable: list[CountAggregation | Literal["count"]] | Unset = UNSET
    price_period: list[CountAggregation | Literal["count"]] | Unset = UNSET
    price_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
    product_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
    show_in_store: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tag_list: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tax_category_id: list[CountAggregation | Literal["count"]] | Unset = UNSET
    taxable: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tracking_type: list[CountAggregation | Literal["count"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        archived: list[str] | Unset = UNSET
        if not isinstance(self.archived, Unset):
            archived = []
            for archived_item_data in self.archived:
                archived_item = CountAggregation(archived_item_data).value
                archived.append(archived_item)

        if archived is not UNSET:
            field_dict["archived"] = archived
        base_price_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.base_price_in_cents, Unset):
            base_price_in_cents = []
            for base_price_in_cents_item_data in self.base_price_in_cents:
                base_price_in_cents_item = NumericAggregation(base_price_in_cents_item_data).value
                base_price_in_cents.append(base_price_in_cents_item)

        if base_price_in_cents is not UNSET:
            field_dict["base_price_in_cents"] = base_price_in_cents
        default_purchase_cost_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.default_purchase_cost_in_cents, Unset):
            default_purchase_cost_in_cents = []
            for default_purchase_cost_in_cents_item_data in self.default_purchase_cost_in_cents:
                default_purchase_cost_in_cents_item = NumericAggregation(default_purchase_cost_in_cents_item_data).value
                default_purchase_cost_in_cents.append(default_purchase_cost_in_cents_item)

        if default_purchase_cost_in_cents is not UNSET:
            field_dict["default_purchase_cost_in_cents"] = default_purchase_cost_in_cents
        deposit_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = []
            for deposit_in_cents_item_data in self.deposit_in_cents:
                deposit_in_cents_item = NumericAggregation(deposit_in_cents_item_data).value
                deposit_in_cents.append(deposit_in_cents_item)

        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        discountable: list[str] | Unset = UNSET
        if not isinstance(self.discountable, Unset):
            discountable = []
            for discountable_item_data in self.discountable:
                discountable_item = CountAggregation(discountable_item_data).value
                discountable.append(discountable_item)

        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        price_period: list[str] | Unset = UNSET
        if not isinstance(self.price_period, Unset):
            price_period = []
            for price_period_item_data in self.price_period:
                price_period_item = CountAggregation(price_period_item_data).value
                price_period.append(price_period_item)

        if price_period is not UNSET:
            field_dict["price_period"] = price_period
        price_type: list[str] | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = []
            for price_type_item_data in self.price_type:
                price_type_item = CountAggregation(price_type_item_data).value
                price_type.append(price_type_item)

        if price_type is not UNSET:
            field_dict["price_type"] = price_type
        product_type: list[str] | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = []
            for product_type_item_data in self.product_type:
                product_type_item = CountAggregation(product_type_item_data).value
                product_type.append(product_type_item)

        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        show_in_store: list[str] | Unset = UNSET
        if not isinstance(self.show_in_store, Unset):
            show_in_store = []
            for show_in_store_item_data in self.show_in_store:
                show_in_store_item = CountAggregation(show_in_store_item_data).value
                show_in_store.append(show_in_store_item)

        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = CountAggregation(tag_list_item_data).value
                tag_list.append(tag_list_item)

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        tax_category_id: list[str] | Unset = UNSET
        if not isinstance(self.tax_category_id, Unset):
            tax_category_id = []
            for tax_category_id_item_data in self.tax_category_id:
                tax_category_id_item = CountAggregation(tax_category_id_item_data).value
                tax_category_id.append(tax_category_id_item)

        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        taxable: list[str] | Unset = UNSET
        if not isinstance(self.taxable, Unset):
            taxable = []
            for taxable_item_data in self.taxable:
                taxable_item = CountAggregation(taxable_item_data).value
                taxable.append(taxable_item)

        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total
        tracking_type: list[str] | Unset = UNSET
        if not isinstance(self.tracking_type, Unset):
            tracking_type = []
            for tracking_type_item_data in self.tracking_type:
                tracking_type_item = CountAggregation(tracking_type_item_data).value
                tracking_type.append(tracking_type_item)

        if tracking_type is not UNSET:
            field_dict["tracking_type"] = tracking_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ProductGroupStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _archived = d.get("archived", UNSET)
        archived: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_archived, list):
            archived = []
            try:
                for archived_item_data in _archived:
                    _archived_item = archived_item_data
                    if type(_archived_item) is str:
                        archived_item = CountAggregation._by__value.get(_archived_item) or CountAggregation(
                            _archived_item
                        )
                    elif isinstance(_archived_item, str):
                        archived_item = CountAggregation(_archived_item)
                    else:
                        raise FieldError("string (CountAggregation)", _archived_item)

                    archived.append(archived_item)
            except FieldError as field__error:
                field__error.segments.append(len(archived))
                field__error.segments.append("archived")
                raise
        elif _archived is not UNSET:
            raise FieldError("array", _archived, "archived")

        if archived is UNSET:
            n__absent += 1

        _base_price_in_cents = d.get("base_price_in_cents", UNSET)
        base_price_in_cents: list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset = UNSET
        if isinstance(_base_price_in_cents, list):
            base_price_in_cents = []
            try:
                for base_price_in_cents_item_data in _base_price_in_cents:
                    _base_price_in_cents_item = base_price_in_cents_item_data
                    if type(_base_price_in_cents_item) is str:
                        base_price_in_cents_item = NumericAggregation._by__value.get(
                            _base_price_in_cents_item
                        ) or NumericAggregation(_base_price_in_cents_item)
                    elif isinstance(_base_price_in_cents_item, str):
                        base_price_in_cents_item = NumericAggregation(_base_price_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _base_price_in_cents_item)

                    base_price_in_cents.append(base_price_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(base_price_in_cents))
                field__error.segments.append("base_price_in_cents")
                raise
        elif _base_price_in_cents is not UNSET:
            raise FieldError("array", _base_price_in_cents, "base_price_in_cents")

        if base_price_in_cents is UNSET:
            n__absent += 1

        _default_purchase_cost_in_cents = d.get("default_purchase_cost_in_cents", UNSET)
        default_purchase_cost_in_cents: (
            list[NumericAggregation | Literal["average", "maximum", "minimum", "sum"]] | Unset
        ) = UNSET
        if isinstance(_default_purchase_cost_in_cents, list):
            default_purchase_cost_in_cents = []
            try:
                for default_purchase_cost_in_cents_item_data in _default_purchase_cost_in_cents:
                    _default_purchase_cost_in_cents_item = default_purchase_cost_in_cents_item_data
                    if type(_default_purchase_cost_in_cents_item) is str:
                        default_purchase_cost_in_cents_item = NumericAggregation._by__value.get(
                            _default_purchase_cost_in_cents_item
                        ) or NumericAggregation(_default_purchase_cost_in_cents_item)
                    elif isinstance(_default_purchase_cost_in_cents_item, str):
                        default_purchase_cost_in_cents_item = NumericAggregation(_default_purchase_cost_in_cents_item)
                    else:
                        raise FieldError("string (NumericAggregation)", _default_purchase_cost_in_cents_item)

                    default_purchase_cost_in_cents.append(default_purchase_cost_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(default_purchase_cost_in_cents))
                field__error.segments.append("default_purchase_cost_in_cents")
                raise
        elif _default_purchase_cost_in_cents is not UNSET:
            raise FieldError("array", _default_purchase_cost_in_cents, "default_purchase_cost_in_cents")

        if default_purchase_cost_in_cents is UNSET:
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

        _discountable = d.get("discountable", UNSET)
        discountable: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_discountable, list):
            discountable = []
            try:
                for discountable_item_data in _discountable:
                    _discountable_item = discountable_item_data
                    if type(_discountable_item) is str:
                        discountable_item = CountAggregation._by__value.get(_discountable_item) or CountAggregation(
                            _discountable_item
                        )
                    elif isinstance(_discountable_item, str):
                        discountable_item = CountAggregation(_discountable_item)
                    else:
                        raise FieldError("string (CountAggregation)", _discountable_item)

                    discountable.append(discountable_item)
            except FieldError as field__error:
                field__error.segments.append(len(discountable))
                field__error.segments.append("discountable")
                raise
        elif _discountable is not UNSET:
            raise FieldError("array", _discountable, "discountable")

        if discountable is UNSET:
            n__absent += 1

        _price_period = d.get("price_period", UNSET)
        price_period: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_price_period, list):
            price_period = []
            try:
                for price_period_item_data in _price_period:
                    _price_period_item = price_period_item_data
                    if type(_price_period_item) is str:
                        price_period_item = CountAggregation._by__value.get(_price_period_item) or CountAggregation(
                            _price_period_item
                        )
                    elif isinstance(_price_period_item, str):
                        price_period_item = CountAggregation(_price_period_item)
                    else:
                        raise FieldError("string (CountAggregation)", _price_period_item)

                    price_period.append(price_period_item)
            except FieldError as field__error:
                field__error.segments.append(len(price_period))
                field__error.segments.append("price_period")
                raise
        elif _price_period is not UNSET:
            raise FieldError("array", _price_period, "price_period")

        if price_period is UNSET:
            n__absent += 1

        _price_type = d.get("price_type", UNSET)
        price_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_price_type, list):
            price_type = []
            try:
                for price_type_item_data in _price_type:
                    _price_type_item = price_type_item_data
                    if type(_price_type_item) is str:
                        price_type_item = CountAggregation._by__value.get(_price_type_item) or CountAggregation(
                            _price_type_item
                        )
                    elif isinstance(_price_type_item, str):
                        price_type_item = CountAggregation(_price_type_item)
                    else:
                        raise FieldError("string (CountAggregation)", _price_type_item)

                    price_type.append(price_type_item)
            except FieldError as field__error:
                field__error.segments.append(len(price_type))
                field__error.segments.append("price_type")
                raise
        elif _price_type is not UNSET:
            raise FieldError("array", _price_type, "price_type")

        if price_type is UNSET:
            n__absent += 1

        _product_type = d.get("product_type", UNSET)
        product_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_product_type, list):
            product_type = []
            try:
                for product_type_item_data in _product_type:
                    _product_type_item = product_type_item_data
                    if type(_product_type_item) is str:
                        product_type_item = CountAggregation._by__value.get(_product_type_item) or CountAggregation(
                            _product_type_item
                        )
                    elif isinstance(_product_type_item, str):
                        product_type_item = CountAggregation(_product_type_item)
                    else:
                        raise FieldError("string (CountAggregation)", _product_type_item)

                    product_type.append(product_type_item)
            except FieldError as field__error:
                field__error.segments.append(len(product_type))
                field__error.segments.append("product_type")
                raise
        elif _product_type is not UNSET:
            raise FieldError("array", _product_type, "product_type")

        if product_type is UNSET:
            n__absent += 1

        _show_in_store = d.get("show_in_store", UNSET)
        show_in_store: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_show_in_store, list):
            show_in_store = []
            try:
                for show_in_store_item_data in _show_in_store:
                    _show_in_store_item = show_in_store_item_data
                    if type(_show_in_store_item) is str:
                        show_in_store_item = CountAggregation._by__value.get(_show_in_store_item) or CountAggregation(
                            _show_in_store_item
                        )
                    elif isinstance(_show_in_store_item, str):
                        show_in_store_item = CountAggregation(_show_in_store_item)
                    else:
                        raise FieldError("string (CountAggregation)", _show_in_store_item)

                    show_in_store.append(show_in_store_item)
            except FieldError as field__error:
                field__error.segments.append(len(show_in_store))
                field__error.segments.append("show_in_store")
                raise
        elif _show_in_store is not UNSET:
            raise FieldError("array", _show_in_store, "show_in_store")

        if show_in_store is UNSET:
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

        _tax_category_id = d.get("tax_category_id", UNSET)
        tax_category_id: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_tax_category_id, list):
            tax_category_id = []
            try:
                for tax_category_id_item_data in _tax_category_id:
                    _tax_category_id_item = tax_category_id_item_data
                    if type(_tax_category_id_item) is str:
                        tax_category_id_item = CountAggregation._by__value.get(
                            _tax_category_id_item
                        ) or CountAggregation(_tax_category_id_item)
                    elif isinstance(_tax_category_id_item, str):
                        tax_category_id_item = CountAggregation(_tax_category_id_item)
                    else:
                        raise FieldError("string (CountAggregation)", _tax_category_id_item)

                    tax_category_id.append(tax_category_id_item)
            except FieldError as field__error:
                field__error.segments.append(len(tax_category_id))
                field__error.segments.append("tax_category_id")
                raise
        elif _tax_category_id is not UNSET:
            raise FieldError("array", _tax_category_id, "tax_category_id")

        if tax_category_id is UNSET:
            n__absent += 1

        _taxable = d.get("taxable", UNSET)
        taxable: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_taxable, list):
            taxable = []
            try:
                for taxable_item_data in _taxable:
                    _taxable_item = taxable_item_data
                    if type(_taxable_item) is str:
                        taxable_item = CountAggregation._by__value.get(_taxable_item) or CountAggregation(_taxable_item)
                    elif isinstance(_taxable_item, str):
                        taxable_item = CountAggregation(_taxable_item)
                    else:
                        raise FieldError("string (CountAggregation)", _taxable_item)

                    taxable.append(taxable_item)
            except FieldError as field__error:
                field__error.segments.append(len(taxable))
                field__error.segments.append("taxable")
                raise
        elif _taxable is not UNSET:
            raise FieldError("array", _taxable, "taxable")

        if taxable is UNSET:
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

        _tracking_type = d.get("tracking_type", UNSET)
        tracking_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_tracking_type, list):
            tracking_type = []
            try:
                for tracking_type_item_data in _tracking_type:
                    _tracking_type_item = tracking_type_item_data
                    if type(_tracking_type_item) is str:
                        tracking_type_item = CountAggregation._by__value.get(_tracking_type_item) or CountAggregation(
                            _tracking_type_item
                        )
                    elif isinstance(_tracking_type_item, str):
                        tracking_type_item = CountAggregation(_tracking_type_item)
                    else:
                        raise FieldError("string (CountAggregation)", _tracking_type_item)

                    tracking_type.append(tracking_type_item)
            except FieldError as field__error:
                field__error.segments.append(len(tracking_type))
                field__error.segments.append("tracking_type")
                raise
        elif _tracking_type is not UNSET:
            raise FieldError("array", _tracking_type, "tracking_type")

        if tracking_type is UNSET:
            n__absent += 1

        if cls is _plain__class:
            product_group_stats_request = _new__object(cls)
            product_group_stats_request.archived = archived
            product_group_stats_request.base_price_in_cents = base_price_in_cents
            product_group_stats_request.default_purchase_cost_in_cents = default_purchase_cost_in_cents
            product_group_stats_request.deposit_in_cents = deposit_in_cents
            product_group_stats_request.discountable = discountable
            product_group_stats_request.price_period = price_period
            product_group_stats_request.price_type = price_type
            product_group_stats_request.product_type = product_type
            product_group_stats_request.show_in_store = show_in_store
            product_group_stats_request.tag_list = tag_list
            product_group_stats_request.tax_category_id = tax_category_id
            product_group_stats_request.taxable = taxable
            product_group_stats_request.total = total
            product_group_stats_request.tracking_type = tracking_type
        else:
            product_group_stats_request = cls(
                archived,
                base_price_in_cents,
                default_purchase_cost_in_cents,
                deposit_in_cents,
                discountable,
                price_period,
                price_type,
                product_type,
                show_in_store,
                tag_list,
                tax_category_id,
                taxable,
                total,
                tracking_type,
            )
        if len(d) + n__absent != 14:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "base_price_in_cents",
                    "default_purchase_cost_in_cents",
                    "deposit_in_cents",
                    "discountable",
                    "price_period",
                    "price_type",
                    "product_type",
                    "show_in_store",
                    "tag_list",
                    "tax_category_id",
                    "taxable",
                    "total",
                    "tracking_type",
                }:
                    raise FieldError(
                        "no such property (ProductGroupStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return product_group_stats_request

    __repr__ = _model__repr


_plain__class: type[ProductGroupStatsRequest] | None = (
    ProductGroupStatsRequest
    if {field.name for field in _attrs_fields(ProductGroupStatsRequest)}
    == {
        "archived",
        "base_price_in_cents",
        "default_purchase_cost_in_cents",
        "deposit_in_cents",
        "discountable",
        "price_period",
        "price_type",
        "product_type",
        "show_in_store",
        "tag_list",
        "tax_category_id",
        "taxable",
        "total",
        "tracking_type",
    }
    and not hasattr(ProductGroupStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
