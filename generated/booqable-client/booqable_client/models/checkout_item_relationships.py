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


T = TypeVar("T", bound="CheckoutItemRelationships")


@_attrs_define
class CheckoutItemRelationships:
    """Relationships of a checkout item: links to related records and, when they are sideloaded with `include`, their
    identifiers.

        Attributes:
            default_property (Relationship | Unset): One relationship of a record. `data` is only present when the
                relationship was sideloaded with `include`: an identifier, a list of identifiers or null.
    """

    default_property: Relationship | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        default_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_property, Unset):
            default_property = self.default_property.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_property is not UNSET:
            field_dict["default_property"] = default_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (CheckoutItemRelationships)", src_dict)
        d = dict(src_dict)
        _default_property = d.pop("default_property", UNSET)
        default_property: Relationship | Unset = UNSET
        if _default_property is not UNSET:
            try:
                default_property = Relationship.from_dict(_default_property)
            except FieldError as field__error:
                field__error.segments.append("default_property")
                raise

        checkout_item_relationships = cls(
            default_property=default_property,
        )

        checkout_item_relationships.additional_properties = d
        return checkout_item_relationships

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
