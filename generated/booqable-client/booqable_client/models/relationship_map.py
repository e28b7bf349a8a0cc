from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object

if TYPE_CHECKING:
    from ..models.relationship import Relationship
    from ..models.relationship_links import RelationshipLinks
    from ..models.resource_identifier import ResourceIdentifier

_refs__resolved = False
_from_dict__Relationship: Callable[[Mapping[str, Any]], Relationship]
_from_dict__RelationshipLinks: Callable[[Mapping[str, Any]], RelationshipLinks]
_from_dict__ResourceIdentifier: Callable[[Mapping[str, Any]], ResourceIdentifier]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Relationship, RelationshipLinks, ResourceIdentifier  # noqa: PLW0603
    global _from_dict__Relationship, _from_dict__RelationshipLinks, _from_dict__ResourceIdentifier  # noqa: PLW0603
    from ..models.relationship import Relationship  # noqa: PLC0415
    from ..models.relationship_links import RelationshipLinks  # noqa: PLC0415
    from ..models.resource_identifier import ResourceIdentifier  # noqa: PLC0415

    _from_dict__Relationship = Relationship.from_dict
    _from_dict__RelationshipLinks = RelationshipLinks.from_dict
    _from_dict__ResourceIdentifier = ResourceIdentifier.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="RelationshipMap")


@_attrs_define
class RelationshipMap:
    """Relationships by name."""

    additional_properties: dict[str, Relationship] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RelationshipMap)", d)
            d = dict(d)
        if cls is _plain__class:
            relationship_map = _new__object(cls)
            relationship_map.additional_properties = {}
        else:
            relationship_map = cls()
        if d:
            extra__props = dict(d)
            additional_properties = {}
            try:
                for prop_name, prop_dict in extra__props.items():
                    additional_property = _from_dict__Relationship(prop_dict)

                    additional_properties[prop_name] = additional_property
            except FieldError as field__error:
                field__error.segments.append(prop_name)
                raise
            relationship_map.additional_properties = additional_properties
        return relationship_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Relationship:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Relationship) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[RelationshipMap] | None = (
    RelationshipMap
    if {field.name for field in _attrs_fields(RelationshipMap)} == {"additional_properties"}
    and not hasattr(RelationshipMap, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
