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


T = TypeVar("T", bound="PriceStructureRelationships")


@_attrs_define
class PriceStructureRelationships:
    """Relationships of a price structure: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            price_tiles (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            product_group (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    price_tiles: Relationship | Unset = UNSET
    product_group: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        price_tiles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_tiles, Unset):
            price_tiles = self.price_tiles.to_dict()
        if price_tiles is not UNSET:
            field_dict["price_tiles"] = price_tiles
        product_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_group, Unset):
            product_group = self.product_group.to_dict()
        if product_group is not UNSET:
            field_dict["product_group"] = product_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PriceStructureRelationships)", d)
            d = dict(d)
        n__absent = 0
        _price_tiles = d.get("price_tiles", UNSET)
        price_tiles: Relationship | Unset = UNSET
        if _price_tiles is not UNSET:
            try:
                price_tiles = _from_dict__Relationship(_price_tiles)
            except FieldError as field__error:
                field__error.segments.append("price_tiles")
                raise

        if price_tiles is UNSET:
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

        if cls is _plain__class:
            price_structure_relationships = _new__object(cls)
            price_structure_relationships.price_tiles = price_tiles
            price_structure_relationships.product_group = product_group
            price_structure_relationships.additional_properties = {}
        else:
            price_structure_relationships = cls(
                price_tiles,
                product_group,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"price_tiles", "product_group"}
            }
            price_structure_relationships.additional_properties = extra__props
        return price_structure_relationships

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


_plain__class: type[PriceStructureRelationships] | None = (
    PriceStructureRelationships
    if {field.name for field in _attrs_fields(PriceStructureRelationships)}
    == {"price_tiles", "product_group", "additional_properties"}
    and not hasattr(PriceStructureRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
