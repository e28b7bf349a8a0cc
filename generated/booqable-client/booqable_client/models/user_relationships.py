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


T = TypeVar("T", bound="UserRelationships")


@_attrs_define
class UserRelationships:
    """Relationships of an user: links to related records and, when they are sideloaded with `include`, their identifiers.

    Attributes:
        customer (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
        notes (Relationship | Unset): One relationship of a record. `data` is only present when the relationship was
            sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    customer: Relationship | Unset = UNSET
    notes: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (UserRelationships)", src_dict)
        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: Relationship | Unset = UNSET
        if _customer is not UNSET:
            try:
                customer = Relationship.from_dict(_customer)
            except FieldError as field__error:
                field__error.segments.append("customer")
                raise

        _notes = d.pop("notes", UNSET)
        notes: Relationship | Unset = UNSET
        if _notes is not UNSET:
            try:
                notes = Relationship.from_dict(_notes)
            except FieldError as field__error:
                field__error.segments.append("notes")
                raise

        user_relationships = cls(
            customer=customer,
            notes=notes,
        )

        user_relationships.additional_properties = d
        return user_relationships

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
