from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship import Relationship

_refs__resolved = False
_from_dict__Relationship: Callable[[Mapping[str, Any]], Relationship]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Relationship  # noqa: PLW0603
    global _from_dict__Relationship  # noqa: PLW0603
    from ..models.relationship import Relationship  # noqa: PLC0415

    _from_dict__Relationship = Relationship.from_dict
    _refs__resolved = True


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
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        barcode: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcode, Unset):
            barcode = self.barcode.to_dict()
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        collection_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_items, Unset):
            collection_items = self.collection_items.to_dict()
        if collection_items is not UNSET:
            field_dict["collection_items"] = collection_items
        inventory_levels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_levels, Unset):
            inventory_levels = self.inventory_levels.to_dict()
        if inventory_levels is not UNSET:
            field_dict["inventory_levels"] = inventory_levels
        photo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photo, Unset):
            photo = self.photo.to_dict()
        if photo is not UNSET:
            field_dict["photo"] = photo
        price_ruleset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_ruleset, Unset):
            price_ruleset = self.price_ruleset.to_dict()
        if price_ruleset is not UNSET:
            field_dict["price_ruleset"] = price_ruleset
        price_structure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_structure, Unset):
            price_structure = self.price_structure.to_dict()
        if price_structure is not UNSET:
            field_dict["price_structure"] = price_structure
        product_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_group, Unset):
            product_group = self.product_group.to_dict()
        if product_group is not UNSET:
            field_dict["product_group"] = product_group
        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()
        if properties is not UNSET:
            field_dict["properties"] = properties
        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ProductRelationships)", d)
            d = dict(d)
        n__absent = 0
        _barcode = d.get("barcode", UNSET)
        barcode: Relationship | Unset = UNSET
        if _barcode is not UNSET:
            try:
                barcode = _from_dict__Relationship(_barcode)
            except FieldError as field__error:
                field__error.segments.append("barcode")
                raise

        if barcode is UNSET:
            n__absent += 1

        _collection_items = d.get("collection_items", UNSET)
        collection_items: Relationship | Unset = UNSET
        if _collection_items is not UNSET:
            try:
                collection_items = _from_dict__Relationship(_collection_items)
            except FieldError as field__error:
                field__error.segments.append("collection_items")
                raise

        if collection_items is UNSET:
            n__absent += 1

        _inventory_levels = d.get("inventory_levels", UNSET)
        inventory_levels: Relationship | Unset = UNSET
        if _inventory_levels is not UNSET:
            try:
                inventory_levels = _from_dict__Relationship(_inventory_levels)
            except FieldError as field__error:
                field__error.segments.append("inventory_levels")
                raise

        if inventory_levels is UNSET:
            n__absent += 1

        _photo = d.get("photo", UNSET)
        photo: Relationship | Unset = UNSET
        if _photo is not UNSET:
            try:
                photo = _from_dict__Relationship(_photo)
            except FieldError as field__error:
                field__error.segments.append("photo")
                raise

        if photo is UNSET:
            n__absent += 1

        _price_ruleset = d.get("price_ruleset", UNSET)
        price_ruleset: Relationship | Unset = UNSET
        if _price_ruleset is not UNSET:
            try:
                price_ruleset = _from_dict__Relationship(_price_ruleset)
            except FieldError as field__error:
                field__error.segments.append("price_ruleset")
                raise

        if price_ruleset is UNSET:
            n__absent += 1

        _price_structure = d.get("price_structure", UNSET)
        price_structure: Relationship | Unset = UNSET
        if _price_structure is not UNSET:
            try:
                price_structure = _from_dict__Relationship(_price_structure)
            except FieldError as field__error:
                field__error.segments.append("price_structure")
                raise

        if price_structure is UNSET:
            n__absent += 1

        _product_group = d.get("product_group", UNSET)
        product_group: Relationship | Unset = UNSET
        if _product_group is not UNSET:
            try:
                product_group = _from_dict__Relationship(_product_group)
            except FieldError as field__error:
                field__error.segments.append("product_group")
                raise

        if product_group is UNSET:
            n__absent += 1

        _properties = d.get("properties", UNSET)
        properties: Relationship | Unset = UNSET
        if _properties is not UNSET:
            try:
                properties = _from_dict__Relationship(_properties)
            except FieldError as field__error:
                field__error.segments.append("properties")
                raise

        if properties is UNSET:
            n__absent += 1

        _tax_category = d.get("tax_category", UNSET)
        tax_category: Relationship | Unset = UNSET
        if _tax_category is not UNSET:
            try:
                tax_category = _from_dict__Relationship(_tax_category)
            except FieldError as field__error:
                field__error.segments.append("tax_category")
                raise

        if tax_category is UNSET:
            n__absent += 1

        if cls is _plain__class:
            product_relationships = _new__object(cls)
            product_relationships.barcode = barcode
            product_relationships.collection_items = collection_items
            product_relationships.inventory_levels = inventory_levels
            product_relationships.photo = photo
            product_relationships.price_ruleset = price_ruleset
            product_relationships.price_structure = price_structure
            product_relationships.product_group = product_group
            product_relationships.properties = properties
            product_relationships.tax_category = tax_category
            product_relationships.additional_properties = {}
        else:
            product_relationships = cls(
                barcode,
                collection_items,
                inventory_levels,
                photo,
                price_ruleset,
                price_structure,
                product_group,
                properties,
                tax_category,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "barcode",
                    "collection_items",
                    "inventory_levels",
                    "photo",
                    "price_ruleset",
                    "price_structure",
                    "product_group",
                    "properties",
                    "tax_category",
                }
            }
            product_relationships.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ProductRelationships] | None = (
    ProductRelationships
    if {field.name for field in _attrs_fields(ProductRelationships)}
    == {
        "barcode",
        "collection_items",
        "inventory_levels",
        "photo",
        "price_ruleset",
        "price_structure",
        "product_group",
        "properties",
        "tax_category",
        "additional_properties",
    }
    and not hasattr(ProductRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
