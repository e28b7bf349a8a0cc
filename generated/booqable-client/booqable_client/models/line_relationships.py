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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
        nested_lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nested_lines, Unset):
            nested_lines = self.nested_lines.to_dict()
        if nested_lines is not UNSET:
            field_dict["nested_lines"] = nested_lines
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()
        if order is not UNSET:
            field_dict["order"] = order
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()
        if owner is not UNSET:
            field_dict["owner"] = owner
        parent_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_line, Unset):
            parent_line = self.parent_line.to_dict()
        if parent_line is not UNSET:
            field_dict["parent_line"] = parent_line
        planning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.planning, Unset):
            planning = self.planning.to_dict()
        if planning is not UNSET:
            field_dict["planning"] = planning
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
                raise FieldError("object (LineRelationships)", d)
            d = dict(d)
        n__absent = 0
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

        _nested_lines = d.get("nested_lines", UNSET)
        nested_lines: Relationship | Unset = UNSET
        if _nested_lines is not UNSET:
            try:
                nested_lines = _from_dict__Relationship(_nested_lines)
            except FieldError as field__error:
                field__error.segments.append("nested_lines")
                raise

        if nested_lines is UNSET:
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

        _owner = d.get("owner", UNSET)
        owner: Relationship | Unset = UNSET
        if _owner is not UNSET:
            try:
                owner = _from_dict__Relationship(_owner)
            except FieldError as field__error:
                field__error.segments.append("owner")
                raise

        if owner is UNSET:
            n__absent += 1

        _parent_line = d.get("parent_line", UNSET)
        parent_line: Relationship | Unset = UNSET
        if _parent_line is not UNSET:
            try:
                parent_line = _from_dict__Relationship(_parent_line)
            except FieldError as field__error:
                field__error.segments.append("parent_line")
                raise

        if parent_line is UNSET:
            n__absent += 1

        _planning = d.get("planning", UNSET)
        planning: Relationship | Unset = UNSET
        if _planning is not UNSET:
            try:
                planning = _from_dict__Relationship(_planning)
            except FieldError as field__error:
                field__error.segments.append("planning")
                raise

        if planning is UNSET:
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
            line_relationships = _new__object(cls)
            line_relationships.bundle_item = bundle_item
            line_relationships.item = item
            line_relationships.nested_lines = nested_lines
            line_relationships.order = order
            line_relationships.owner = owner
            line_relationships.parent_line = parent_line
            line_relationships.planning = planning
            line_relationships.price_structure = price_structure
            line_relationships.price_tile = price_tile
            line_relationships.tax_category = tax_category
            line_relationships.additional_properties = {}
        else:
            line_relationships = cls(
                bundle_item,
                item,
                nested_lines,
                order,
                owner,
                parent_line,
                planning,
                price_structure,
                price_tile,
                tax_category,
            )
        if len(d) + n__absent != 10:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "bundle_item",
                    "item",
                    "nested_lines",
                    "order",
                    "owner",
                    "parent_line",
                    "planning",
                    "price_structure",
                    "price_tile",
                    "tax_category",
                }
            }
            line_relationships.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[LineRelationships] | None = (
    LineRelationships
    if {field.name for field in _attrs_fields(LineRelationships)}
    == {
        "bundle_item",
        "item",
        "nested_lines",
        "order",
        "owner",
        "parent_line",
        "planning",
        "price_structure",
        "price_tile",
        "tax_category",
        "additional_properties",
    }
    and not hasattr(LineRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
