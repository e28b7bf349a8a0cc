from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="SparseFieldsets")


@_attrs_define
class SparseFieldsets:
    """Attributes to return per resource type, as a comma-separated list (`fields[plannings]=id,quantity`). Types not named
    here can be given too.

        Attributes:
            bundles (str | Unset):
            customers (str | Unset):
            items (str | Unset):
            lines (str | Unset):
            locations (str | Unset):
            orders (str | Unset):
            plannings (str | Unset):
            price_tiles (str | Unset):
            product_groups (str | Unset):
            products (str | Unset):
            stock_item_plannings (str | Unset):
            stock_items (str | Unset):
    """

    bundles: str | Unset = UNSET
    customers: str | Unset = UNSET
    items: str | Unset = UNSET
    lines: str | Unset = UNSET
    locations: str | Unset = UNSET
    orders: str | Unset = UNSET
    plannings: str | Unset = UNSET
    price_tiles: str | Unset = UNSET
    product_groups: str | Unset = UNSET
    products: str | Unset = UNSET
    stock_item_plannings: str | Unset = UNSET
    stock_items: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        bundles = self.bundles
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        customers = self.customers
        if customers is not UNSET:
            field_dict["customers"] = customers
        items = self.items
        if items is not UNSET:
            field_dict["items"] = items
        lines = self.lines
        if lines is not UNSET:
            field_dict["lines"] = lines
        locations = self.locations
        if locations is not UNSET:
            field_dict["locations"] = locations
        orders = self.orders
        if orders is not UNSET:
            field_dict["orders"] = orders
        plannings = self.plannings
        if plannings is not UNSET:
            field_dict["plannings"] = plannings
        price_tiles = self.price_tiles
        if price_tiles is not UNSET:
            field_dict["price_tiles"] = price_tiles
        product_groups = self.product_groups
        if product_groups is not UNSET:
            field_dict["product_groups"] = product_groups
        products = self.products
        if products is not UNSET:
            field_dict["products"] = products
        stock_item_plannings = self.stock_item_plannings
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings
        stock_items = self.stock_items
        if stock_items is not UNSET:
            field_dict["stock_items"] = stock_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (SparseFieldsets)", d)
            d = dict(d)
        n__absent = 0
        bundles = d.get("bundles", UNSET)
        if not (type(bundles) is str):
            if bundles is UNSET:
                n__absent += 1
            elif not isinstance(bundles, str):
                raise FieldError("string", bundles, "bundles")

        customers = d.get("customers", UNSET)
        if not (type(customers) is str):
            if customers is UNSET:
                n__absent += 1
            elif not isinstance(customers, str):
                raise FieldError("string", customers, "customers")

        items = d.get("items", UNSET)
        if not (type(items) is str):
            if items is UNSET:
                n__absent += 1
            elif not isinstance(items, str):
                raise FieldError("string", items, "items")

        lines = d.get("lines", UNSET)
        if not (type(lines) is str):
            if lines is UNSET:
                n__absent += 1
            elif not isinstance(lines, str):
                raise FieldError("string", lines, "lines")

        locations = d.get("locations", UNSET)
        if not (type(locations) is str):
            if locations is UNSET:
                n__absent += 1
            elif not isinstance(locations, str):
                raise FieldError("string", locations, "locations")

        orders = d.get("orders", UNSET)
        if not (type(orders) is str):
            if orders is UNSET:
                n__absent += 1
            elif not isinstance(orders, str):
                raise FieldError("string", orders, "orders")

        plannings = d.get("plannings", UNSET)
        if not (type(plannings) is str):
            if plannings is UNSET:
                n__absent += 1
            elif not isinstance(plannings, str):
                raise FieldError("string", plannings, "plannings")

        price_tiles = d.get("price_tiles", UNSET)
        if not (type(price_tiles) is str):
            if price_tiles is UNSET:
                n__absent += 1
            elif not isinstance(price_tiles, str):
                raise FieldError("string", price_tiles, "price_tiles")

        product_groups = d.get("product_groups", UNSET)
        if not (type(product_groups) is str):
            if product_groups is UNSET:
                n__absent += 1
            elif not isinstance(product_groups, str):
                raise FieldError("string", product_groups, "product_groups")

        products = d.get("products", UNSET)
        if not (type(products) is str):
            if products is UNSET:
                n__absent += 1
            elif not isinstance(products, str):
                raise FieldError("string", products, "products")

        stock_item_plannings = d.get("stock_item_plannings", UNSET)
        if not (type(stock_item_plannings) is str):
            if stock_item_plannings is UNSET:
                n__absent += 1
            elif not isinstance(stock_item_plannings, str):
                raise FieldError("string", stock_item_plannings, "stock_item_plannings")

        stock_items = d.get("stock_items", UNSET)
        if not (type(stock_items) is str):
            if stock_items is UNSET:
                n__absent += 1
            elif not isinstance(stock_items, str):
                raise FieldError("string", stock_items, "stock_items")

        if cls is _plain__class:
            sparse_fieldsets = _new__object(cls)
            sparse_fieldsets.bundles = bundles
            sparse_fieldsets.customers = customers
            sparse_fieldsets.items = items
            sparse_fieldsets.lines = lines
            sparse_fieldsets.locations = locations
            sparse_fieldsets.orders = orders
            sparse_fieldsets.plannings = plannings
            sparse_fieldsets.price_tiles = price_tiles
            sparse_fieldsets.product_groups = product_groups
            sparse_fieldsets.products = products
            sparse_fieldsets.stock_item_plannings = stock_item_plannings
            sparse_fieldsets.stock_items = stock_items
            sparse_fieldsets.additional_properties = {}
        else:
            sparse_fieldsets = cls(
                bundles,
                customers,
                items,
                lines,
                locations,
                orders,
                plannings,
                price_tiles,
                product_groups,
                products,
                stock_item_plannings,
                stock_items,
            )
        if len(d) + n__absent != 12:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "bundles",
                    "customers",
                    "items",
                    "lines",
                    "locations",
                    "orders",
                    "plannings",
                    "price_tiles",
                    "product_groups",
                    "products",
                    "stock_item_plannings",
                    "stock_items",
                }
            }
            for prop_name, prop_value in extra__props.items():
                if not (type(prop_value) is str) and not isinstance(prop_value, str):
                    raise FieldError("string", prop_value, prop_name)
            sparse_fieldsets.additional_properties = extra__props
        return sparse_fieldsets

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[SparseFieldsets] | None = (
    SparseFieldsets
    if {field.name for field in _attrs_fields(SparseFieldsets)}
    == {
        "bundles",
        "customers",
        "items",
        "lines",
        "locations",
        "orders",
        "plannings",
        "price_tiles",
        "product_groups",
        "products",
        "stock_item_plannings",
        "stock_items",
        "additional_properties",
    }
    and not hasattr(SparseFieldsets, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
