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
        downtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.downtime, Unset):
            downtime = self.downtime.to_dict()

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        nested_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nested_plannings, Unset):
            nested_plannings = self.nested_plannings.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        order_line: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_line, Unset):
            order_line = self.order_line.to_dict()

        parent_planning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_planning, Unset):
            parent_planning = self.parent_planning.to_dict()

        start_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_location, Unset):
            start_location = self.start_location.to_dict()

        stock_item_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_item_plannings, Unset):
            stock_item_plannings = self.stock_item_plannings.to_dict()

        stop_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop_location, Unset):
            stop_location = self.stop_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if downtime is not UNSET:
            field_dict["downtime"] = downtime
        if item is not UNSET:
            field_dict["item"] = item
        if nested_plannings is not UNSET:
            field_dict["nested_plannings"] = nested_plannings
        if order is not UNSET:
            field_dict["order"] = order
        if order_line is not UNSET:
            field_dict["order_line"] = order_line
        if parent_planning is not UNSET:
            field_dict["parent_planning"] = parent_planning
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        if stock_item_plannings is not UNSET:
            field_dict["stock_item_plannings"] = stock_item_plannings
        if stop_location is not UNSET:
            field_dict["stop_location"] = stop_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PlanningRelationships)", src_dict)
        d = dict(src_dict)
        _downtime = d.pop("downtime", UNSET)
        downtime: Relationship | Unset = UNSET
        if _downtime is not UNSET:
            try:
                downtime = Relationship.from_dict(_downtime)
            except FieldError as field__error:
                field__error.segments.append("downtime")
                raise

        _item = d.pop("item", UNSET)
        item: Relationship | Unset = UNSET
        if _item is not UNSET:
            try:
                item = Relationship.from_dict(_item)
            except FieldError as field__error:
                field__error.segments.append("item")
                raise

        _nested_plannings = d.pop("nested_plannings", UNSET)
        nested_plannings: Relationship | Unset = UNSET
        if _nested_plannings is not UNSET:
            try:
                nested_plannings = Relationship.from_dict(_nested_plannings)
            except FieldError as field__error:
                field__error.segments.append("nested_plannings")
                raise

        _order = d.pop("order", UNSET)
        order: Relationship | Unset = UNSET
        if _order is not UNSET:
            try:
                order = Relationship.from_dict(_order)
            except FieldError as field__error:
                field__error.segments.append("order")
                raise

        _order_line = d.pop("order_line", UNSET)
        order_line: Relationship | Unset = UNSET
        if _order_line is not UNSET:
            try:
                order_line = Relationship.from_dict(_order_line)
            except FieldError as field__error:
                field__error.segments.append("order_line")
                raise

        _parent_planning = d.pop("parent_planning", UNSET)
        parent_planning: Relationship | Unset = UNSET
        if _parent_planning is not UNSET:
            try:
                parent_planning = Relationship.from_dict(_parent_planning)
            except FieldError as field__error:
                field__error.segments.append("parent_planning")
                raise

        _start_location = d.pop("start_location", UNSET)
        start_location: Relationship | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = Relationship.from_dict(_start_location)
            except FieldError as field__error:
                field__error.segments.append("start_location")
                raise

        _stock_item_plannings = d.pop("stock_item_plannings", UNSET)
        stock_item_plannings: Relationship | Unset = UNSET
        if _stock_item_plannings is not UNSET:
            try:
                stock_item_plannings = Relationship.from_dict(_stock_item_plannings)
            except FieldError as field__error:
                field__error.segments.append("stock_item_plannings")
                raise

        _stop_location = d.pop("stop_location", UNSET)
        stop_location: Relationship | Unset = UNSET
        if _stop_location is not UNSET:
            try:
                stop_location = Relationship.from_dict(_stop_location)
            except FieldError as field__error:
                field__error.segments.append("stop_location")
                raise

        planning_relationships = cls(
            downtime=downtime,
            item=item,
            nested_plannings=nested_plannings,
            order=order,
            order_line=order_line,
            parent_planning=parent_planning,
            start_location=start_location,
            stock_item_plannings=stock_item_plannings,
            stop_location=stop_location,
        )

        planning_relationships.additional_properties = d
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
