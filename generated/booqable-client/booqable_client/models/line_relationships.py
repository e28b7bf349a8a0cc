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


T = TypeVar("T", bound="LineRelationships")


@_attrs_define
class LineRelationships:
    """Relationships of a line: links to related records and, when they are sideloaded with `include`, their identifiers.

    Attributes:
        bundle_item (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
        item (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        nested_lines (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
        order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        owner (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        parent_line (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
        planning (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        price_structure (Relationship | Unset): One relationship of a record. `data` is only present when the
            relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
        price_tile (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
        tax_category (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
            was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    bundle_item: Relationship | Unset = UNSET
    item: Relationship | Unset = UNSET
    nested_lines: Relationship | Unset = UNSET
    order: Relationship | Unset = UNSET
    owner: Relationship | Unset = UNSET
    parent_line: Relationship | Unset = UNSET
    planning: Relationship | Unset = UNSET
    price_structure: Relationship | Unset = UNSET
    price_tile: Relationship | Unset = UNSET
    tax_category: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        bundle_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bundle_item, Unset):
            bundle_item = self.bundle_item.to_dict()

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        nested_lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nested_lines, Unset):
            nested_lines = self.nested_lines.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        parent_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_line, Unset):
            parent_line = self.parent_line.to_dict()

        planning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.planning, Unset):
            planning = self.planning.to_dict()

        price_structure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_structure, Unset):
            price_structure = self.price_structure.to_dict()

        price_tile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_tile, Unset):
            price_tile = self.price_tile.to_dict()

        tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_category, Unset):
            tax_category = self.tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_item is not UNSET:
            field_dict["bundle_item"] = bundle_item
        if item is not UNSET:
            field_dict["item"] = item
        if nested_lines is not UNSET:
            field_dict["nested_lines"] = nested_lines
        if order is not UNSET:
            field_dict["order"] = order
        if owner is not UNSET:
            field_dict["owner"] = owner
        if parent_line is not UNSET:
            field_dict["parent_line"] = parent_line
        if planning is not UNSET:
            field_dict["planning"] = planning
        if price_structure is not UNSET:
            field_dict["price_structure"] = price_structure
        if price_tile is not UNSET:
            field_dict["price_tile"] = price_tile
        if tax_category is not UNSET:
            field_dict["tax_category"] = tax_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LineRelationships)", src_dict)
        d = dict(src_dict)
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

        _nested_lines = d.pop("nested_lines", UNSET)
        nested_lines: Relationship | Unset = UNSET
        if _nested_lines is not UNSET:
            try:
                nested_lines = Relationship.from_dict(_nested_lines)
            except FieldError as field__error:
                field__error.segments.append("nested_lines")
                raise

        _order = d.pop("order", UNSET)
        order: Relationship | Unset = UNSET
        if _order is not UNSET:
            try:
                order = Relationship.from_dict(_order)
            except FieldError as field__error:
                field__error.segments.append("order")
                raise

        _owner = d.pop("owner", UNSET)
        owner: Relationship | Unset = UNSET
        if _owner is not UNSET:
            try:
                owner = Relationship.from_dict(_owner)
            except FieldError as field__error:
                field__error.segments.append("owner")
                raise

        _parent_line = d.pop("parent_line", UNSET)
        parent_line: Relationship | Unset = UNSET
        if _parent_line is not UNSET:
            try:
                parent_line = Relationship.from_dict(_parent_line)
            except FieldError as field__error:
                field__error.segments.append("parent_line")
                raise

        _planning = d.pop("planning", UNSET)
        planning: Relationship | Unset = UNSET
        if _planning is not UNSET:
            try:
                planning = Relationship.from_dict(_planning)
            except FieldError as field__error:
                field__error.segments.append("planning")
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

        _tax_category = d.pop("tax_category", UNSET)
        tax_category: Relationship | Unset = UNSET
        if _tax_category is not UNSET:
            try:
                tax_category = Relationship.from_dict(_tax_category)
            except FieldError as field__error:
                field__error.segments.append("tax_category")
                raise

        line_relationships = cls(
            bundle_item=bundle_item,
            item=item,
            nested_lines=nested_lines,
            order=order,
            owner=owner,
            parent_line=parent_line,
            planning=planning,
            price_structure=price_structure,
            price_tile=price_tile,
            tax_category=tax_category,
        )

        line_relationships.additional_properties = d
        return line_relationships

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
