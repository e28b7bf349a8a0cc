from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        bundles = self.bundles

        customers = self.customers

        items = self.items

        lines = self.lines

        locations = self.locations

        orders = self.orders

        plannings = self.plannings

        price_tiles = self.price_tiles

        product_groups = self.product_groups

        products = self.products

        stock_item_plannings = self.stock_item_plannings

        stock_items = self.stock_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if customers is not UNSET:
            field_dict["customers"] = customers
        if items is not UNSET:
            field_dict["items"] = items
        if lines is not UNSET:
            field_dict["lines"] = lines
        if locations is not UNSET:
            field_dict["locations"] = locations
        if orders is not UNSET:
            field_dict["orders"] = orders
        if plannings is not UNSET:
            field_dict["plannings"] = plannings
        if price_tiles is not UNSET:
            field_dict["price_tiles"] = price_tiles
        if product_groups is not UNSET:
            field_dict["product_groups"] = product_groups
        if products is not UNSET:
            field_dict["products"] = products
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings
        if stock_items is not UNSET:
            field_dict["stock_items"] = stock_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (SparseFieldsets)", src_dict)
        d = dict(src_dict)
        bundles = d.pop("bundles", UNSET)
        if not isinstance(bundles, str) and bundles is not UNSET:
            raise FieldError("string", bundles, "bundles")

        customers = d.pop("customers", UNSET)
        if not isinstance(customers, str) and customers is not UNSET:
            raise FieldError("string", customers, "customers")

        items = d.pop("items", UNSET)
        if not isinstance(items, str) and items is not UNSET:
            raise FieldError("string", items, "items")

        lines = d.pop("lines", UNSET)
        if not isinstance(lines, str) and lines is not UNSET:
            raise FieldError("string", lines, "lines")

        locations = d.pop("locations", UNSET)
        if not isinstance(locations, str) and locations is not UNSET:
            raise FieldError("string", locations, "locations")

        orders = d.pop("orders", UNSET)
        if not isinstance(orders, str) and orders is not UNSET:
            raise FieldError("string", orders, "orders")

        plannings = d.pop("plannings", UNSET)
        if not isinstance(plannings, str) and plannings is not UNSET:
            raise FieldError("string", plannings, "plannings")

        price_tiles = d.pop("price_tiles", UNSET)
        if not isinstance(price_tiles, str) and price_tiles is not UNSET:
            raise FieldError("string", price_tiles, "price_tiles")

        product_groups = d.pop("product_groups", UNSET)
        if not isinstance(product_groups, str) and product_groups is not UNSET:
            raise FieldError("string", product_groups, "product_groups")

        products = d.pop("products", UNSET)
        if not isinstance(products, str) and products is not UNSET:
            raise FieldError("string", products, "products")

        stock_item_plannings = d.pop("stock_item_plannings", UNSET)
        if not isinstance(stock_item_plannings, str) and stock_item_plannings is not UNSET:
            raise FieldError("string", stock_item_plannings, "stock_item_plannings")

        stock_items = d.pop("stock_items", UNSET)
        if not isinstance(stock_items, str) and stock_items is not UNSET:
            raise FieldError("string", stock_items, "stock_items")

        sparse_fieldsets = cls(
            bundles=bundles,
            customers=customers,
            items=items,
            lines=lines,
            locations=locations,
            orders=orders,
            plannings=plannings,
            price_tiles=price_tiles,
            product_groups=product_groups,
            products=products,
            stock_item_plannings=stock_item_plannings,
            stock_items=stock_items,
        )

        for prop_name, prop_value in d.items():
            if not isinstance(prop_value, str):
                raise FieldError("string", prop_value, prop_name)
        sparse_fieldsets.additional_properties = d
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
