from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship_map import RelationshipMap

_refs__resolved = False
_from_dict__RelationshipMap: Callable[[Mapping[str, Any]], RelationshipMap]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, RelationshipMap  # noqa: PLW0603
    global _from_dict__RelationshipMap  # noqa: PLW0603
    from ..models.relationship_map import RelationshipMap  # noqa: PLC0415

    _from_dict__RelationshipMap = RelationshipMap.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ResourceObject")


@_attrs_define
class ResourceObject:
    """A record of any type, as found in `included`.

    Attributes:
        id (UUID):
        type_ (str | Unset): Resource type. Search results limited to `fields[...]=id` leave it out.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (dict[str, Any] | Unset): A free-form JSON object.
        relationships (RelationshipMap | Unset): Relationships by name.
    """

    id: UUID
    type_: str | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: dict[str, Any] | Unset = UNSET
    relationships: RelationshipMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        id = str(self.id)
        field_dict["id"] = id
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        links = self.links
        if links is not UNSET:
            field_dict["links"] = links
        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta
        attributes = self.attributes
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ResourceObject)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        type_ = d.get("type", UNSET)
        if not (type(type_) is str):
            if type_ is UNSET:
                n__absent += 1
            elif not isinstance(type_, str):
                raise FieldError("string", type_, "type")

        links = d.get("links", UNSET)
        if not (type(links) is dict):
            if links is UNSET:
                n__absent += 1
            elif not isinstance(links, dict):
                raise FieldError("object", links, "links")

        meta = d.get("meta", UNSET)
        if not (type(meta) is dict):
            if meta is UNSET:
                n__absent += 1
            elif not isinstance(meta, dict):
                raise FieldError("object", meta, "meta")

        attributes = d.get("attributes", UNSET)
        if not (type(attributes) is dict):
            if attributes is UNSET:
                n__absent += 1
            elif not isinstance(attributes, dict):
                raise FieldError("object", attributes, "attributes")

        _relationships = d.get("relationships", UNSET)
        relationships: RelationshipMap | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__RelationshipMap(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            resource_object = _new__object(cls)
            resource_object.id = id
            resource_object.type_ = type_
            resource_object.links = links
            resource_object.meta = meta
            resource_object.attributes = attributes
            resource_object.relationships = relationships
            resource_object.additional_properties = {}
        else:
            resource_object = cls(
                id,
                type_,
                links,
                meta,
                attributes,
                relationships,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "type", "links", "meta", "attributes", "relationships"}
            }
            resource_object.additional_properties = extra__props
        return resource_object

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


_plain__class: type[ResourceObject] | None = (
    ResourceObject
    if {field.name for field in _attrs_fields(ResourceObject)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(ResourceObject, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
