from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._jsonapi import adopt as _jsonapi__adopt
from ..lib._jsonapi import carried as _jsonapi__carried
from ..models.availability_resource_type import AvailabilityResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_attributes import AvailabilityAttributes
    from ..models.availability_relationships import AvailabilityRelationships

_refs__resolved = False
_from_dict__AvailabilityAttributes: Callable[[Mapping[str, Any]], AvailabilityAttributes]
_from_dict__AvailabilityRelationships: Callable[[Mapping[str, Any]], AvailabilityRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, AvailabilityAttributes, AvailabilityRelationships  # noqa: PLW0603
    global _from_dict__AvailabilityAttributes, _from_dict__AvailabilityRelationships  # noqa: PLW0603
    from ..models.availability_attributes import AvailabilityAttributes  # noqa: PLC0415
    from ..models.availability_relationships import AvailabilityRelationships  # noqa: PLC0415

    _from_dict__AvailabilityAttributes = AvailabilityAttributes.from_dict
    _from_dict__AvailabilityRelationships = AvailabilityRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Availability")


@_attrs_define
class Availability:
    """An availability as a JSON:API resource object.

    Attributes:
        id (str):
        type_ (AvailabilityResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (AvailabilityAttributes | Unset): Attributes of an availability as read from the API. `required`
            lists the attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out,
            and the client then reports it as not sent.
        relationships (AvailabilityRelationships | Unset): Relationships of an availability: links to related records
            and, when they are sideloaded with `include`, their identifiers.
    """

    id: str
    type_: AvailabilityResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: AvailabilityAttributes | Unset = UNSET
    relationships: AvailabilityRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = _jsonapi__carried(self._jsonapi__document)
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["id"] = self.id
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_
        links = self.links
        if links is not UNSET:
            field_dict["links"] = links
        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()
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
                raise FieldError("object (Availability)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str) and not isinstance(id, str):
            raise FieldError("string", id, "id")

        _type_ = d.get("type", UNSET)
        type_: AvailabilityResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = AvailabilityResourceType._by__value.get(_type_) or AvailabilityResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = AvailabilityResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (AvailabilityResourceType)", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

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

        _attributes = d.get("attributes", UNSET)
        attributes: AvailabilityAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__AvailabilityAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: AvailabilityRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__AvailabilityRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            availability = _new__object(cls)
            availability.id = id
            availability.type_ = type_
            availability.links = links
            availability.meta = meta
            availability.attributes = attributes
            availability.relationships = relationships
            availability.additional_properties = {}
        else:
            availability = cls(
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
            availability.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(availability, src_dict)
        return availability

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

    # JSON:API relationships (lib/_jsonapi.py): the response document this record came in, and one accessor per
    # relationship, which reads the related record(s) from the document's `included` on first use.
    _jsonapi__document: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    _jsonapi__type = "availabilities"

    if TYPE_CHECKING:
        from uuid import UUID

        from ..models.availability_status import AvailabilityStatus
        from ..models.availability_subject_type import AvailabilitySubjectType
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    available = _jsonapi__Attribute["bool | None"]()
    """True when the interval is available, false when it is not, null when it is partly available. Unverified: the
    vendor's text says it can be `null`, its flags do not."""

    date = _jsonapi__Attribute["str"]()
    """The day of the interval (`YYYY-MM-DD`)."""

    hour = _jsonapi__Attribute["None | str"]()
    """Hour of the interval, for time intervals. Unverified: the examples show `null`, which the field list does not
    allow."""

    minute = _jsonapi__Attribute["None | str"]()
    """Minute of the interval, for time intervals. Unverified: the examples show `null`, which the field list does not
    allow."""

    quantity = _jsonapi__Attribute["int | None"]()
    """Units available in the interval (items and carts); as a filter, how many units to check for. Unverified: the
    examples show `null`, which the field list does not allow."""

    status = _jsonapi__Attribute["AvailabilityStatus"]()
    """Values of `status` on availabilities."""

    subject_id = _jsonapi__Attribute["UUID"]()
    """ID of the related subject."""

    subject_type = _jsonapi__Attribute["AvailabilitySubjectType"]()
    """Values of `subject_type` on availabilities."""


_plain__class: type[Availability] | None = (
    Availability
    if {field.name for field in _attrs_fields(Availability)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(Availability, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
