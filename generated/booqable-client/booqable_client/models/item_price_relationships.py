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


T = TypeVar("T", bound="ItemPriceRelationships")


@_attrs_define
class ItemPriceRelationships:
    """Relationships of an item price: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            bundle (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            bundle_item (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            item (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            price_ruleset (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            price_structure (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            price_tile (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    bundle: Relationship | Unset = UNSET
    bundle_item: Relationship | Unset = UNSET
    item: Relationship | Unset = UNSET
    price_ruleset: Relationship | Unset = UNSET
    price_structure: Relationship | Unset = UNSET
    price_tile: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        bundle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bundle, Unset):
            bundle = self.bundle.to_dict()

        bundle_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bundle_item, Unset):
            bundle_item = self.bundle_item.to_dict()

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        price_ruleset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_ruleset, Unset):
            price_ruleset = self.price_ruleset.to_dict()

        price_structure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_structure, Unset):
            price_structure = self.price_structure.to_dict()

        price_tile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_tile, Unset):
            price_tile = self.price_tile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle is not UNSET:
            field_dict["bundle"] = bundle
        if bundle_item is not UNSET:
            field_dict["bundle_item"] = bundle_item
        if item is not UNSET:
            field_dict["item"] = item
        if price_ruleset is not UNSET:
            field_dict["price_ruleset"] = price_ruleset
        if price_structure is not UNSET:
            field_dict["price_structure"] = price_structure
        if price_tile is not UNSET:
            field_dict["price_tile"] = price_tile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ItemPriceRelationships)", src_dict)
        d = dict(src_dict)
        _bundle = d.pop("bundle", UNSET)
        bundle: Relationship | Unset = UNSET
        if _bundle is not UNSET:
            try:
                bundle = Relationship.from_dict(_bundle)
            except FieldError as field__error:
                field__error.segments.append("bundle")
                raise

        _bundle_item = d.pop("bundle_item", UNSET)
        bundle_item: Relationship | Unset = UNSET
        if _bundle_item is not UNSET:
            try:
                bundle_item = Relationship.from_dict(_bundle_item)
            except FieldError as field__error:
                field__error.segments.append("bundle_item")
                raise

        _item = d.pop("item", UNSET)
        item: Relationship | Unset = UNSET
        if _item is not UNSET:
            try:
                item = Relationship.from_dict(_item)
            except FieldError as field__error:
                field__error.segments.append("item")
                raise

        _price_ruleset = d.pop("price_ruleset", UNSET)
        price_ruleset: Relationship | Unset = UNSET
        if _price_ruleset is not UNSET:
            try:
                price_ruleset = Relationship.from_dict(_price_ruleset)
            except FieldError as field__error:
                field__error.segments.append("price_ruleset")
                raise

        _price_structure = d.pop("price_structure", UNSET)
        price_structure: Relationship | Unset = UNSET
        if _price_structure is not UNSET:
            try:
                price_structure = Relationship.from_dict(_price_structure)
            except FieldError as field__error:
                field__error.segments.append("price_structure")
                raise

        _price_tile = d.pop("price_tile", UNSET)
        price_tile: Relationship | Unset = UNSET
        if _price_tile is not UNSET:
            try:
                price_tile = Relationship.from_dict(_price_tile)
            except FieldError as field__error:
                field__error.segments.append("price_tile")
                raise

        item_price_relationships = cls(
            bundle=bundle,
            bundle_item=bundle_item,
            item=item,
            price_ruleset=price_ruleset,
            price_structure=price_structure,
            price_tile=price_tile,
        )

        item_price_relationships.additional_properties = d
        return item_price_relationships

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
