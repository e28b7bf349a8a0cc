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


T = TypeVar("T", bound="PlanningRelationships")


@_attrs_define
class PlanningRelationships:
    """Relationships of a planning: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            downtime (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            item (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            nested_plannings (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            order_line (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            parent_planning (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            start_location (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            stock_item_plannings (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            stop_location (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    downtime: Relationship | Unset = UNSET
    item: Relationship | Unset = UNSET
    nested_plannings: Relationship | Unset = UNSET
    order: Relationship | Unset = UNSET
    order_line: Relationship | Unset = UNSET
    parent_planning: Relationship | Unset = UNSET
    start_location: Relationship | Unset = UNSET
    stock_item_plannings: Relationship | Unset = UNSET
    stop_location: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        downtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downtime, Unset):
            downtime = self.downtime.to_dict()
        if downtime is not UNSET:
            field_dict["downtime"] = downtime
        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()
        if item is not UNSET:
            field_dict["item"] = item
        nested_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nested_plannings, Unset):
            nested_plannings = self.nested_plannings.to_dict()
        if nested_plannings is not UNSET:
            field_dict["nested_plannings"] = nested_plannings
        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()
        if order is not UNSET:
            field_dict["order"] = order
        order_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_line, Unset):
            order_line = self.order_line.to_dict()
        if order_line is not UNSET:
            field_dict["order_line"] = order_line
        parent_planning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_planning, Unset):
            parent_planning = self.parent_planning.to_dict()
        if parent_planning is not UNSET:
            field_dict["parent_planning"] = parent_planning
        start_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_location, Unset):
            start_location = self.start_location.to_dict()
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        stock_item_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_item_plannings, Unset):
            stock_item_plannings = self.stock_item_plannings.to_dict()
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings
        stop_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_location, Unset):
            stop_location = self.stop_location.to_dict()
        if stop_location is not UNSET:
            field_dict["stop_location"] = stop_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PlanningRelationships)", d)
            d = dict(d)
        n__absent = 0
        _downtime = d.get("downtime", UNSET)
        downtime: Relationship | Unset = UNSET
        if _downtime is not UNSET:
            try:
                downtime = _from_dict__Relationship(_downtime)
            except FieldError as field__error:
                field__error.segments.append("downtime")
                raise

        if downtime is UNSET:
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

        _nested_plannings = d.get("nested_plannings", UNSET)
        nested_plannings: Relationship | Unset = UNSET
        if _nested_plannings is not UNSET:
            try:
                nested_plannings = _from_dict__Relationship(_nested_plannings)
            except FieldError as field__error:
                field__error.segments.append("nested_plannings")
                raise

        if nested_plannings is UNSET:
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

        _order_line = d.get("order_line", UNSET)
        order_line: Relationship | Unset = UNSET
        if _order_line is not UNSET:
            try:
                order_line = _from_dict__Relationship(_order_line)
            except FieldError as field__error:
                field__error.segments.append("order_line")
                raise

        if order_line is UNSET:
            n__absent += 1

        _parent_planning = d.get("parent_planning", UNSET)
        parent_planning: Relationship | Unset = UNSET
        if _parent_planning is not UNSET:
            try:
                parent_planning = _from_dict__Relationship(_parent_planning)
            except FieldError as field__error:
                field__error.segments.append("parent_planning")
                raise

        if parent_planning is UNSET:
            n__absent += 1

        _start_location = d.get("start_location", UNSET)
        start_location: Relationship | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = _from_dict__Relationship(_start_location)
            except FieldError as field__error:
                field__error.segments.append("start_location")
                raise

        if start_location is UNSET:
            n__absent += 1

        _stock_item_plannings = d.get("stock_item_plannings", UNSET)
        stock_item_plannings: Relationship | Unset = UNSET
        if _stock_item_plannings is not UNSET:
            try:
                stock_item_plannings = _from_dict__Relationship(_stock_item_plannings)
            except FieldError as field__error:
                field__error.segments.append("stock_item_plannings")
                raise

        if stock_item_plannings is UNSET:
            n__absent += 1

        _stop_location = d.get("stop_location", UNSET)
        stop_location: Relationship | Unset = UNSET
        if _stop_location is not UNSET:
            try:
                stop_location = _from_dict__Relationship(_stop_location)
            except FieldError as field__error:
                field__error.segments.append("stop_location")
                raise

        if stop_location is UNSET:
            n__absent += 1

        if cls is _plain__class:
            planning_relationships = _new__object(cls)
            planning_relationships.downtime = downtime
            planning_relationships.item = item
            planning_relationships.nested_plannings = nested_plannings
            planning_relationships.order = order
            planning_relationships.order_line = order_line
            planning_relationships.parent_planning = parent_planning
            planning_relationships.start_location = start_location
            planning_relationships.stock_item_plannings = stock_item_plannings
            planning_relationships.stop_location = stop_location
            planning_relationships.additional_properties = {}
        else:
            planning_relationships = cls(
                downtime,
                item,
                nested_plannings,
                order,
                order_line,
                parent_planning,
                start_location,
                stock_item_plannings,
                stop_location,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "downtime",
                    "item",
                    "nested_plannings",
                    "order",
                    "order_line",
                    "parent_planning",
                    "start_location",
                    "stock_item_plannings",
                    "stop_location",
                }
            }
            planning_relationships.additional_properties = extra__props
        return planning_relationships

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


_plain__class: type[PlanningRelationships] | None = (
    PlanningRelationships
    if {field.name for field in _attrs_fields(PlanningRelationships)}
    == {
        "downtime",
        "item",
        "nested_plannings",
        "order",
        "order_line",
        "parent_planning",
        "start_location",
        "stock_item_plannings",
        "stop_location",
        "additional_properties",
    }
    and not hasattr(PlanningRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
