from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.count_aggregation import CountAggregation
from ..models.numeric_aggregation import NumericAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemStatsRequest")


@_attrs_define
class ItemStatsRequest:
    """Aggregations to compute over all matching items (not just the page): field name to the list of aggregations. Sent as
    `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            archived (list[CountAggregation] | Unset):
            base_price_in_cents (list[NumericAggregation] | Unset):
            deposit_in_cents (list[NumericAggregation] | Unset):
            discountable (list[CountAggregation] | Unset):
            price_period (list[CountAggregation] | Unset):
            price_type (list[CountAggregation] | Unset):
            product_type (list[CountAggregation] | Unset):
            show_in_store (list[CountAggregation] | Unset):
            tag_list (list[CountAggregation] | Unset):
            tax_category_id (list[CountAggregation] | Unset):
            taxable (list[CountAggregation] | Unset):
            total (list[CountAggregation] | Unset):
            tracking_type (list[CountAggregation] | Unset):
    """

    archived: list[CountAggregation] | Unset = UNSET
    base_price_in_cents: list[NumericAggregation] | Unset = UNSET
    deposit_in_cents: list[NumericAggregation] | Unset = UNSET
    discountable: list[CountAggregation] | Unset = UNSET
    price_period: list[CountAggregation] | Unset = UNSET
    price_type: list[CountAggregation] | Unset = UNSET
    product_type: list[CountAggregation] | Unset = UNSET
    show_in_store: list[CountAggregation] | Unset = UNSET
    tag_list: list[CountAggregation] | Unset = UNSET
    tax_category_id: list[CountAggregation] | Unset = UNSET
    taxable: list[CountAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET
    tracking_type: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        archived: list[str] | Unset = UNSET
        if not isinstance(self.archived, Unset):
            archived = []
            for archived_item_data in self.archived:
                archived_item = archived_item_data.value
                archived.append(archived_item)

        base_price_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.base_price_in_cents, Unset):
            base_price_in_cents = []
            for base_price_in_cents_item_data in self.base_price_in_cents:
                base_price_in_cents_item = base_price_in_cents_item_data.value
                base_price_in_cents.append(base_price_in_cents_item)

        deposit_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_in_cents, Unset):
            deposit_in_cents = []
            for deposit_in_cents_item_data in self.deposit_in_cents:
                deposit_in_cents_item = deposit_in_cents_item_data.value
                deposit_in_cents.append(deposit_in_cents_item)

        discountable: list[str] | Unset = UNSET
        if not isinstance(self.discountable, Unset):
            discountable = []
            for discountable_item_data in self.discountable:
                discountable_item = discountable_item_data.value
                discountable.append(discountable_item)

        price_period: list[str] | Unset = UNSET
        if not isinstance(self.price_period, Unset):
            price_period = []
            for price_period_item_data in self.price_period:
                price_period_item = price_period_item_data.value
                price_period.append(price_period_item)

        price_type: list[str] | Unset = UNSET
        if not isinstance(self.price_type, Unset):
            price_type = []
            for price_type_item_data in self.price_type:
                price_type_item = price_type_item_data.value
                price_type.append(price_type_item)

        product_type: list[str] | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = []
            for product_type_item_data in self.product_type:
                product_type_item = product_type_item_data.value
                product_type.append(product_type_item)

        show_in_store: list[str] | Unset = UNSET
        if not isinstance(self.show_in_store, Unset):
            show_in_store = []
            for show_in_store_item_data in self.show_in_store:
                show_in_store_item = show_in_store_item_data.value
                show_in_store.append(show_in_store_item)

        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = tag_list_item_data.value
                tag_list.append(tag_list_item)

        tax_category_id: list[str] | Unset = UNSET
        if not isinstance(self.tax_category_id, Unset):
            tax_category_id = []
            for tax_category_id_item_data in self.tax_category_id:
                tax_category_id_item = tax_category_id_item_data.value
                tax_category_id.append(tax_category_id_item)

        taxable: list[str] | Unset = UNSET
        if not isinstance(self.taxable, Unset):
            taxable = []
            for taxable_item_data in self.taxable:
                taxable_item = taxable_item_data.value
                taxable.append(taxable_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        tracking_type: list[str] | Unset = UNSET
        if not isinstance(self.tracking_type, Unset):
            tracking_type = []
            for tracking_type_item_data in self.tracking_type:
                tracking_type_item = tracking_type_item_data.value
                tracking_type.append(tracking_type_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if base_price_in_cents is not UNSET:
            field_dict["base_price_in_cents"] = base_price_in_cents
        if deposit_in_cents is not UNSET:
            field_dict["deposit_in_cents"] = deposit_in_cents
        if discountable is not UNSET:
            field_dict["discountable"] = discountable
        if price_period is not UNSET:
            field_dict["price_period"] = price_period
        if price_type is not UNSET:
            field_dict["price_type"] = price_type
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if show_in_store is not UNSET:
            field_dict["show_in_store"] = show_in_store
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if tax_category_id is not UNSET:
            field_dict["tax_category_id"] = tax_category_id
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if total is not UNSET:
            field_dict["total"] = total
        if tracking_type is not UNSET:
            field_dict["tracking_type"] = tracking_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _archived = d.pop("archived", UNSET)
        archived: list[CountAggregation] | Unset = UNSET
        if _archived is not UNSET:
            archived = []
            for archived_item_data in _archived:
                archived_item = CountAggregation(archived_item_data)

                archived.append(archived_item)

        _base_price_in_cents = d.pop("base_price_in_cents", UNSET)
        base_price_in_cents: list[NumericAggregation] | Unset = UNSET
        if _base_price_in_cents is not UNSET:
            base_price_in_cents = []
            for base_price_in_cents_item_data in _base_price_in_cents:
                base_price_in_cents_item = NumericAggregation(base_price_in_cents_item_data)

                base_price_in_cents.append(base_price_in_cents_item)

        _deposit_in_cents = d.pop("deposit_in_cents", UNSET)
        deposit_in_cents: list[NumericAggregation] | Unset = UNSET
        if _deposit_in_cents is not UNSET:
            deposit_in_cents = []
            for deposit_in_cents_item_data in _deposit_in_cents:
                deposit_in_cents_item = NumericAggregation(deposit_in_cents_item_data)

                deposit_in_cents.append(deposit_in_cents_item)

        _discountable = d.pop("discountable", UNSET)
        discountable: list[CountAggregation] | Unset = UNSET
        if _discountable is not UNSET:
            discountable = []
            for discountable_item_data in _discountable:
                discountable_item = CountAggregation(discountable_item_data)

                discountable.append(discountable_item)

        _price_period = d.pop("price_period", UNSET)
        price_period: list[CountAggregation] | Unset = UNSET
        if _price_period is not UNSET:
            price_period = []
            for price_period_item_data in _price_period:
                price_period_item = CountAggregation(price_period_item_data)

                price_period.append(price_period_item)

        _price_type = d.pop("price_type", UNSET)
        price_type: list[CountAggregation] | Unset = UNSET
        if _price_type is not UNSET:
            price_type = []
            for price_type_item_data in _price_type:
                price_type_item = CountAggregation(price_type_item_data)

                price_type.append(price_type_item)

        _product_type = d.pop("product_type", UNSET)
        product_type: list[CountAggregation] | Unset = UNSET
        if _product_type is not UNSET:
            product_type = []
            for product_type_item_data in _product_type:
                product_type_item = CountAggregation(product_type_item_data)

                product_type.append(product_type_item)

        _show_in_store = d.pop("show_in_store", UNSET)
        show_in_store: list[CountAggregation] | Unset = UNSET
        if _show_in_store is not UNSET:
            show_in_store = []
            for show_in_store_item_data in _show_in_store:
                show_in_store_item = CountAggregation(show_in_store_item_data)

                show_in_store.append(show_in_store_item)

        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[CountAggregation] | Unset = UNSET
        if _tag_list is not UNSET:
            tag_list = []
            for tag_list_item_data in _tag_list:
                tag_list_item = CountAggregation(tag_list_item_data)

                tag_list.append(tag_list_item)

        _tax_category_id = d.pop("tax_category_id", UNSET)
        tax_category_id: list[CountAggregation] | Unset = UNSET
        if _tax_category_id is not UNSET:
            tax_category_id = []
            for tax_category_id_item_data in _tax_category_id:
                tax_category_id_item = CountAggregation(tax_category_id_item_data)

                tax_category_id.append(tax_category_id_item)

        _taxable = d.pop("taxable", UNSET)
        taxable: list[CountAggregation] | Unset = UNSET
        if _taxable is not UNSET:
            taxable = []
            for taxable_item_data in _taxable:
                taxable_item = CountAggregation(taxable_item_data)

                taxable.append(taxable_item)

        _total = d.pop("total", UNSET)
        total: list[CountAggregation] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for total_item_data in _total:
                total_item = CountAggregation(total_item_data)

                total.append(total_item)

        _tracking_type = d.pop("tracking_type", UNSET)
        tracking_type: list[CountAggregation] | Unset = UNSET
        if _tracking_type is not UNSET:
            tracking_type = []
            for tracking_type_item_data in _tracking_type:
                tracking_type_item = CountAggregation(tracking_type_item_data)

                tracking_type.append(tracking_type_item)

        item_stats_request = cls(
            archived=archived,
            base_price_in_cents=base_price_in_cents,
            deposit_in_cents=deposit_in_cents,
            discountable=discountable,
            price_period=price_period,
            price_type=price_type,
            product_type=product_type,
            show_in_store=show_in_store,
            tag_list=tag_list,
            tax_category_id=tax_category_id,
            taxable=taxable,
            total=total,
            tracking_type=tracking_type,
        )

        if d:
            raise ValueError(f"ItemStatsRequest has no properties {sorted(d)} (the spec forbids extra ones)")
        return item_stats_request
