from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        bundles = d.pop("bundles", UNSET)

        customers = d.pop("customers", UNSET)

        items = d.pop("items", UNSET)

        lines = d.pop("lines", UNSET)

        locations = d.pop("locations", UNSET)

        orders = d.pop("orders", UNSET)

        plannings = d.pop("plannings", UNSET)

        price_tiles = d.pop("price_tiles", UNSET)

        product_groups = d.pop("product_groups", UNSET)

        products = d.pop("products", UNSET)

        stock_item_plannings = d.pop("stock_item_plannings", UNSET)

        stock_items = d.pop("stock_items", UNSET)

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
