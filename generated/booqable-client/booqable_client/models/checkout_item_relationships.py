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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        default_property: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_property, Unset):
            default_property = self.default_property.to_dict()
        if default_property is not UNSET:
            field_dict["default_property"] = default_property

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (CheckoutItemRelationships)", d)
            d = dict(d)
        n__absent = 0
        _default_property = d.get("default_property", UNSET)
        default_property: Relationship | Unset = UNSET
        if _default_property is not UNSET:
            try:
                default_property = _from_dict__Relationship(_default_property)
            except FieldError as field__error:
                field__error.segments.append("default_property")
                raise

        if default_property is UNSET:
            n__absent += 1

        if cls is _plain__class:
            checkout_item_relationships = _new__object(cls)
            checkout_item_relationships.default_property = default_property
            checkout_item_relationships.additional_properties = {}
        else:
            checkout_item_relationships = cls(
                default_property,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"default_property"}
            }
            checkout_item_relationships.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[CheckoutItemRelationships] | None = (
    CheckoutItemRelationships
    if {field.name for field in _attrs_fields(CheckoutItemRelationships)}
    == {"default_property", "additional_properties"}
    and not hasattr(CheckoutItemRelationships, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
