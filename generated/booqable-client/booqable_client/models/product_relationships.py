from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship import Relationship


T = TypeVar("T", bound="ProductRelationships")


@_attrs_define
class ProductRelationships:
    """Relationships of a product: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            barcode (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            collection_items (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            inventory_levels (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            photo (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            price_ruleset (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            price_structure (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            product_group (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            properties (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            tax_category (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    barcode: Relationship | Unset = UNSET
    collection_items: Relationship | Unset = UNSET
    inventory_levels: Relationship | Unset = UNSET
    photo: Relationship | Unset = UNSET
    price_ruleset: Relationship | Unset = UNSET
    price_structure: Relationship | Unset = UNSET
    product_group: Relationship | Unset = UNSET
    properties: Relationship | Unset = UNSET
    tax_category: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        barcode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode.to_dict()

        collection_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_items, Unset):
            collection_items = self.collection_items.to_dict()

        inventory_levels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_levels, Unset):
            inventory_levels = self.inventory_levels.to_dict()

        photo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photo, Unset):
            photo = self.photo.to_dict()

        price_ruleset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_ruleset, Unset):
            price_ruleset = self.price_ruleset.to_dict()

        price_structure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_structure, Unset):
            price_structure = self.price_structure.to_dict()

        product_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_group, Unset):
            product_group = self.product_group.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if collection_items is not UNSET:
            field_dict["collection_items"] = collection_items
        if inventory_levels is not UNSET:
            field_dict["inventory_levels"] = inventory_levels
        if photo is not UNSET:
            field_dict["photo"] = photo
        if price_ruleset is not UNSET:
            field_dict["price_ruleset"] = price_ruleset
        if price_structure is not UNSET:
            field_dict["price_structure"] = price_structure
        if product_group is not UNSET:
            field_dict["product_group"] = product_group
        if properties is not UNSET:
            field_dict["properties"] = properties
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.relationship import Relationship  # noqa: PLC0415

        d = dict(src_dict)
        _barcode = d.pop("barcode", UNSET)
        barcode: Relationship | Unset
        if isinstance(_barcode, Unset):
            barcode = UNSET
        else:
            barcode = Relationship.from_dict(_barcode)

        _collection_items = d.pop("collection_items", UNSET)
        collection_items: Relationship | Unset
        if isinstance(_collection_items, Unset):
            collection_items = UNSET
        else:
            collection_items = Relationship.from_dict(_collection_items)

        _inventory_levels = d.pop("inventory_levels", UNSET)
        inventory_levels: Relationship | Unset
        if isinstance(_inventory_levels, Unset):
            inventory_levels = UNSET
        else:
            inventory_levels = Relationship.from_dict(_inventory_levels)

        _photo = d.pop("photo", UNSET)
        photo: Relationship | Unset
        if isinstance(_photo, Unset):
            photo = UNSET
        else:
            photo = Relationship.from_dict(_photo)

        _price_ruleset = d.pop("price_ruleset", UNSET)
        price_ruleset: Relationship | Unset
        if isinstance(_price_ruleset, Unset):
            price_ruleset = UNSET
        else:
            price_ruleset = Relationship.from_dict(_price_ruleset)

        _price_structure = d.pop("price_structure", UNSET)
        price_structure: Relationship | Unset
        if isinstance(_price_structure, Unset):
            price_structure = UNSET
        else:
            price_structure = Relationship.from_dict(_price_structure)

        _product_group = d.pop("product_group", UNSET)
        product_group: Relationship | Unset
        if isinstance(_product_group, Unset):
            product_group = UNSET
        else:
            product_group = Relationship.from_dict(_product_group)

        _properties = d.pop("properties", UNSET)
        properties: Relationship | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = Relationship.from_dict(_properties)

        _tax_category = d.pop("tax_category", UNSET)
        tax_category: Relationship | Unset
        if isinstance(_tax_category, Unset):
            tax_category = UNSET
        else:
            tax_category = Relationship.from_dict(_tax_category)

        product_relationships = cls(
            barcode=barcode,
            collection_items=collection_items,
            inventory_levels=inventory_levels,
            photo=photo,
            price_ruleset=price_ruleset,
            price_structure=price_structure,
            product_group=product_group,
            properties=properties,
            tax_category=tax_category,
        )

        product_relationships.additional_properties = d
        return product_relationships

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
