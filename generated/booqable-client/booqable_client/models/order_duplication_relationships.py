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


T = TypeVar("T", bound="OrderDuplicationRelationships")


@_attrs_define
class OrderDuplicationRelationships:
    """Relationships of an order duplication: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            new_order (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
                sideloaded with `include`: an identifier, a list of identifiers or null.
            original_order (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    new_order: Relationship | Unset = UNSET
    original_order: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        new_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_order, Unset):
            new_order = self.new_order.to_dict()

        original_order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_order, Unset):
            original_order = self.original_order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if new_order is not UNSET:
            field_dict["new_order"] = new_order
        if original_order is not UNSET:
            field_dict["original_order"] = original_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (OrderDuplicationRelationships)", src_dict)
        d = dict(src_dict)
        _new_order = d.pop("new_order", UNSET)
        new_order: Relationship | Unset = UNSET
        if _new_order is not UNSET:
            try:
                new_order = Relationship.from_dict(_new_order)
            except FieldError as field__error:
                field__error.segments.append("new_order")
                raise

        _original_order = d.pop("original_order", UNSET)
        original_order: Relationship | Unset = UNSET
        if _original_order is not UNSET:
            try:
                original_order = Relationship.from_dict(_original_order)
            except FieldError as field__error:
                field__error.segments.append("original_order")
                raise

        order_duplication_relationships = cls(
            new_order=new_order,
            original_order=original_order,
        )

        order_duplication_relationships.additional_properties = d
        return order_duplication_relationships

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
