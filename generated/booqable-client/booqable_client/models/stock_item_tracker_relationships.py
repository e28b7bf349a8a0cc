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


T = TypeVar("T", bound="StockItemTrackerRelationships")


@_attrs_define
class StockItemTrackerRelationships:
    """Relationships of a stock item tracker: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            product_tracker (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
            stock_item (Relationship | Unset): One relationship of a record. `data` is only present when the relationship
                was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    product_tracker: Relationship | Unset = UNSET
    stock_item: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        product_tracker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_tracker, Unset):
            product_tracker = self.product_tracker.to_dict()

        stock_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stock_item, Unset):
            stock_item = self.stock_item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_tracker is not UNSET:
            field_dict["product_tracker"] = product_tracker
        if stock_item is not UNSET:
            field_dict["stock_item"] = stock_item

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StockItemTrackerRelationships)", src_dict)
        d = dict(src_dict)
        _product_tracker = d.pop("product_tracker", UNSET)
        product_tracker: Relationship | Unset = UNSET
        if _product_tracker is not UNSET:
            try:
                product_tracker = Relationship.from_dict(_product_tracker)
            except FieldError as field__error:
                field__error.segments.append("product_tracker")
                raise

        _stock_item = d.pop("stock_item", UNSET)
        stock_item: Relationship | Unset = UNSET
        if _stock_item is not UNSET:
            try:
                stock_item = Relationship.from_dict(_stock_item)
            except FieldError as field__error:
                field__error.segments.append("stock_item")
                raise

        stock_item_tracker_relationships = cls(
            product_tracker=product_tracker,
            stock_item=stock_item,
        )

        stock_item_tracker_relationships.additional_properties = d
        return stock_item_tracker_relationships

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
