from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship import Relationship

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Relationship  # noqa: PLW0603
    from ..models.relationship import Relationship  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="BundleRelationships")


@_attrs_define
class BundleRelationships:
    """Relationships of a bundle: links to related records and, when they are sideloaded with `include`, their identifiers.

    Attributes:
        bundle_items (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
        collection_items (Relationship | Unset): One relationship of a record. `data` is only present when the
            relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
        inventory_levels (Relationship | Unset): One relationship of a record. `data` is only present when the
            relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
        photo (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        photos (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        tax_category (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    bundle_items: Relationship | Unset = UNSET
    collection_items: Relationship | Unset = UNSET
    inventory_levels: Relationship | Unset = UNSET
    photo: Relationship | Unset = UNSET
    photos: Relationship | Unset = UNSET
    tax_category: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        bundle_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bundle_items, Unset):
            bundle_items = self.bundle_items.to_dict()

        collection_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_items, Unset):
            collection_items = self.collection_items.to_dict()

        inventory_levels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inventory_levels, Unset):
            inventory_levels = self.inventory_levels.to_dict()

        photo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photo, Unset):
            photo = self.photo.to_dict()

        photos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photos, Unset):
            photos = self.photos.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_items is not UNSET:
            field_dict["bundle_items"] = bundle_items
        if collection_items is not UNSET:
            field_dict["collection_items"] = collection_items
        if inventory_levels is not UNSET:
            field_dict["inventory_levels"] = inventory_levels
        if photo is not UNSET:
            field_dict["photo"] = photo
        if photos is not UNSET:
            field_dict["photos"] = photos
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BundleRelationships)", src_dict)
        d = dict(src_dict)
        _bundle_items = d.pop("bundle_items", UNSET)
        bundle_items: Relationship | Unset = UNSET
        if _bundle_items is not UNSET:
            try:
                bundle_items = Relationship.from_dict(_bundle_items)
            except FieldError as field__error:
                field__error.segments.append("bundle_items")
                raise

        _collection_items = d.pop("collection_items", UNSET)
        collection_items: Relationship | Unset = UNSET
        if _collection_items is not UNSET:
            try:
                collection_items = Relationship.from_dict(_collection_items)
            except FieldError as field__error:
                field__error.segments.append("collection_items")
                raise

        _inventory_levels = d.pop("inventory_levels", UNSET)
        inventory_levels: Relationship | Unset = UNSET
        if _inventory_levels is not UNSET:
            try:
                inventory_levels = Relationship.from_dict(_inventory_levels)
            except FieldError as field__error:
                field__error.segments.append("inventory_levels")
                raise

        _photo = d.pop("photo", UNSET)
        photo: Relationship | Unset = UNSET
        if _photo is not UNSET:
            try:
                photo = Relationship.from_dict(_photo)
            except FieldError as field__error:
                field__error.segments.append("photo")
                raise

        _photos = d.pop("photos", UNSET)
        photos: Relationship | Unset = UNSET
        if _photos is not UNSET:
            try:
                photos = Relationship.from_dict(_photos)
            except FieldError as field__error:
                field__error.segments.append("photos")
                raise

        _tax_category = d.pop("tax_category", UNSET)
        tax_category: Relationship | Unset = UNSET
        if _tax_category is not UNSET:
            try:
                tax_category = Relationship.from_dict(_tax_category)
            except FieldError as field__error:
                field__error.segments.append("tax_category")
                raise

        bundle_relationships = cls(
            bundle_items=bundle_items,
            collection_items=collection_items,
            inventory_levels=inventory_levels,
            photo=photo,
            photos=photos,
            tax_category=tax_category,
        )

        bundle_relationships.additional_properties = d
        return bundle_relationships

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
