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


T = TypeVar("T", bound="InventoryLevelRelationships")


@_attrs_define
class InventoryLevelRelationships:
    """Relationships of an inventory level: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            item (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            location (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    item: Relationship | Unset = UNSET
    location: Relationship | Unset = UNSET
    order: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()
        if item is not UNSET:
            field_dict["item"] = item
        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()
        if location is not UNSET:
            field_dict["location"] = location
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InventoryLevelRelationships)", d)
            d = dict(d)
        n__absent = 0
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

        _location = d.get("location", UNSET)
        location: Relationship | Unset = UNSET
        if _location is not UNSET:
            try:
                location = _from_dict__Relationship(_location)
            except FieldError as field__error:
                field__error.segments.append("location")
                raise

        if location is UNSET:
            n__absent += 1

        _order = d.get("order", UNSET)
        order: Relationship | Unset = UNSET
        if _order is not UNSET:
            try:
                order = _from_dict__Relationship(_order)
            except FieldError as field__error:
                field__error.segments.append("order")
                raise

        if order is UNSET:
            n__absent += 1

        if cls is _plain__class:
            inventory_level_relationships = _new__object(cls)
            inventory_level_relationships.item = item
            inventory_level_relationships.location = location
            inventory_level_relationships.order = order
            inventory_level_relationships.additional_properties = {}
        else:
            inventory_level_relationships = cls(
                item,
                location,
                order,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"item", "location", "order"}
            }
            inventory_level_relationships.additional_properties = extra__props
        return inventory_level_relationships

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


_plain__class: type[InventoryLevelRelationships] | None = (
    InventoryLevelRelationships
    if {field.name for field in _attrs_fields(InventoryLevelRelationships)}
    == {"item", "location", "order", "additional_properties"}
    and not hasattr(InventoryLevelRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
