from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.count_aggregation import CountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleStatsRequest")


@_attrs_define
class BundleStatsRequest:
    """Aggregations to compute over all matching bundles (not just the page): field name to the list of aggregations. Sent
    as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            archived (list[CountAggregation | Literal["count"]] | Unset):
            discountable (list[CountAggregation | Literal["count"]] | Unset):
            product_type (list[CountAggregation | Literal["count"]] | Unset):
            show_in_store (list[CountAggregation | Literal["count"]] | Unset):
            tag_list (list[CountAggregation | Literal["count"]] | Unset):
            tax_category_id (list[CountAggregation | Literal["count"]] | Unset):
            taxable (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
    """

    archived: list[CountAggregation | Literal["count"]] | Unset = UNSET
    discountable: list[CountAggregation | Literal["count"]] | Unset = UNSET
    product_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
    show_in_store: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tag_list: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tax_category_id: list[CountAggregation | Literal["count"]] | Unset = UNSET
    taxable: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET

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
        discountable: list[str] | Unset = UNSET
        if not isinstance(self.discountable, Unset):
            discountable = []
            for discountable_item_data in self.discountable:
                discountable_item = CountAggregation(discountable_item_data).value
                discountable.append(discountable_item)

        if discountable is not UNSET:
            field_dict["discountable"] = discountable
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BundleStatsRequest)", d)
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

        if cls is _plain__class:
            bundle_stats_request = _new__object(cls)
            bundle_stats_request.archived = archived
            bundle_stats_request.discountable = discountable
            bundle_stats_request.product_type = product_type
            bundle_stats_request.show_in_store = show_in_store
            bundle_stats_request.tag_list = tag_list
            bundle_stats_request.tax_category_id = tax_category_id
            bundle_stats_request.taxable = taxable
            bundle_stats_request.total = total
        else:
            bundle_stats_request = cls(
                archived,
                discountable,
                product_type,
                show_in_store,
                tag_list,
                tax_category_id,
                taxable,
                total,
            )
        if len(d) + n__absent != 8:
            for prop_name in d:
                if prop_name not in {
                    "archived",
                    "discountable",
                    "product_type",
                    "show_in_store",
                    "tag_list",
                    "tax_category_id",
                    "taxable",
                    "total",
                }:
                    raise FieldError(
                        "no such property (BundleStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return bundle_stats_request

    __repr__ = _model__repr


_plain__class: type[BundleStatsRequest] | None = (
    BundleStatsRequest
    if {field.name for field in _attrs_fields(BundleStatsRequest)}
    == {"archived", "discountable", "product_type", "show_in_store", "tag_list", "tax_category_id", "taxable", "total"}
    and not hasattr(BundleStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
