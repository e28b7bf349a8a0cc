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
        price_tiles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_tiles, Unset):
            price_tiles = self.price_tiles.to_dict()

        product_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_group, Unset):
            product_group = self.product_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_tiles is not UNSET:
            field_dict["price_tiles"] = price_tiles
        if product_group is not UNSET:
            field_dict["product_group"] = product_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PriceStructureRelationships)", src_dict)
        d = dict(src_dict)
        _price_tiles = d.pop("price_tiles", UNSET)
        price_tiles: Relationship | Unset = UNSET
        if _price_tiles is not UNSET:
            try:
                price_tiles = Relationship.from_dict(_price_tiles)
            except FieldError as field__error:
                field__error.segments.append("price_tiles")
                raise

        _product_group = d.pop("product_group", UNSET)
        product_group: Relationship | Unset = UNSET
        if _product_group is not UNSET:
            try:
                product_group = Relationship.from_dict(_product_group)
            except FieldError as field__error:
                field__error.segments.append("product_group")
                raise

        price_structure_relationships = cls(
            price_tiles=price_tiles,
            product_group=product_group,
        )

        price_structure_relationships.additional_properties = d
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
