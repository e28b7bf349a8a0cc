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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        bundle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bundle, Unset):
            bundle = self.bundle.to_dict()
        if bundle is not UNSET:
            field_dict["bundle"] = bundle
        bundle_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bundle_item, Unset):
            bundle_item = self.bundle_item.to_dict()
        if bundle_item is not UNSET:
            field_dict["bundle_item"] = bundle_item
        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()
        if item is not UNSET:
            field_dict["item"] = item
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
        price_tile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_tile, Unset):
            price_tile = self.price_tile.to_dict()
        if price_tile is not UNSET:
            field_dict["price_tile"] = price_tile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ItemPriceRelationships)", d)
            d = dict(d)
        n__absent = 0
        _bundle = d.get("bundle", UNSET)
        bundle: Relationship | Unset = UNSET
        if _bundle is not UNSET:
            try:
                bundle = _from_dict__Relationship(_bundle)
            except FieldError as field__error:
                field__error.segments.append("bundle")
                raise

        if bundle is UNSET:
            n__absent += 1

        _bundle_item = d.get("bundle_item", UNSET)
        bundle_item: Relationship | Unset = UNSET
        if _bundle_item is not UNSET:
            try:
                bundle_item = _from_dict__Relationship(_bundle_item)
            except FieldError as field__error:
                field__error.segments.append("bundle_item")
                raise

        if bundle_item is UNSET:
            n__absent += 1

        _item = d.get("item", UNSET)
        item: Relationship | Unset = UNSET
        if _item is not UNSET:
            try:
                item = _from_dict__Relationship(_item)
            except FieldError as field__error:
                field__error.segments.append("item")
                raise

        if item is UNSET:
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

        _price_tile = d.get("price_tile", UNSET)
        price_tile: Relationship | Unset = UNSET
        if _price_tile is not UNSET:
            try:
                price_tile = _from_dict__Relationship(_price_tile)
            except FieldError as field__error:
                field__error.segments.append("price_tile")
                raise

        if price_tile is UNSET:
            n__absent += 1

        if cls is _plain__class:
            item_price_relationships = _new__object(cls)
            item_price_relationships.bundle = bundle
            item_price_relationships.bundle_item = bundle_item
            item_price_relationships.item = item
            item_price_relationships.price_ruleset = price_ruleset
            item_price_relationships.price_structure = price_structure
            item_price_relationships.price_tile = price_tile
            item_price_relationships.additional_properties = {}
        else:
            item_price_relationships = cls(
                bundle,
                bundle_item,
                item,
                price_ruleset,
                price_structure,
                price_tile,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"bundle", "bundle_item", "item", "price_ruleset", "price_structure", "price_tile"}
            }
            item_price_relationships.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ItemPriceRelationships] | None = (
    ItemPriceRelationships
    if {field.name for field in _attrs_fields(ItemPriceRelationships)}
    == {"bundle", "bundle_item", "item", "price_ruleset", "price_structure", "price_tile", "additional_properties"}
    and not hasattr(ItemPriceRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
