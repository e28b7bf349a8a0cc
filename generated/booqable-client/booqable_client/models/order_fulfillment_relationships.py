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


T = TypeVar("T", bound="OrderFulfillmentRelationships")


@_attrs_define
class OrderFulfillmentRelationships:
    """Relationships of an order fulfillment: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            changed_lines (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
            changed_plannings (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            changed_stock_item_plannings (Relationship | Unset): One relationship of a record. `data` is only present when
                the relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    changed_lines: Relationship | Unset = UNSET
    changed_plannings: Relationship | Unset = UNSET
    changed_stock_item_plannings: Relationship | Unset = UNSET
    order: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        changed_lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changed_lines, Unset):
            changed_lines = self.changed_lines.to_dict()

        changed_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changed_plannings, Unset):
            changed_plannings = self.changed_plannings.to_dict()

        changed_stock_item_plannings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changed_stock_item_plannings, Unset):
            changed_stock_item_plannings = self.changed_stock_item_plannings.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changed_lines is not UNSET:
            field_dict["changed_lines"] = changed_lines
        if changed_plannings is not UNSET:
            field_dict["changed_plannings"] = changed_plannings
        if changed_stock_item_plannings is not UNSET:
            field_dict["changed_stock_item_plannings"] = changed_stock_item_plannings
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderFulfillmentRelationships)", src_dict)
        d = dict(src_dict)
        _changed_lines = d.pop("changed_lines", UNSET)
        changed_lines: Relationship | Unset = UNSET
        if _changed_lines is not UNSET:
            try:
                changed_lines = Relationship.from_dict(_changed_lines)
            except FieldError as field__error:
                field__error.segments.append("changed_lines")
                raise

        _changed_plannings = d.pop("changed_plannings", UNSET)
        changed_plannings: Relationship | Unset = UNSET
        if _changed_plannings is not UNSET:
            try:
                changed_plannings = Relationship.from_dict(_changed_plannings)
            except FieldError as field__error:
                field__error.segments.append("changed_plannings")
                raise

        _changed_stock_item_plannings = d.pop("changed_stock_item_plannings", UNSET)
        changed_stock_item_plannings: Relationship | Unset = UNSET
        if _changed_stock_item_plannings is not UNSET:
            try:
                changed_stock_item_plannings = Relationship.from_dict(_changed_stock_item_plannings)
            except FieldError as field__error:
                field__error.segments.append("changed_stock_item_plannings")
                raise

        _order = d.pop("order", UNSET)
        order: Relationship | Unset = UNSET
        if _order is not UNSET:
            try:
                order = Relationship.from_dict(_order)
            except FieldError as field__error:
                field__error.segments.append("order")
                raise

        order_fulfillment_relationships = cls(
            changed_lines=changed_lines,
            changed_plannings=changed_plannings,
            changed_stock_item_plannings=changed_stock_item_plannings,
            order=order,
        )

        order_fulfillment_relationships.additional_properties = d
        return order_fulfillment_relationships

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
