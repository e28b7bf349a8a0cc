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
from ..lib._jsonapi import adopt as _jsonapi__adopt
from ..lib._jsonapi import carried as _jsonapi__carried
from ..models.photo_resource_type import PhotoResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.photo_attributes import PhotoAttributes
    from ..models.photo_relationships import PhotoRelationships

_refs__resolved = False
_from_dict__PhotoAttributes: Callable[[Mapping[str, Any]], PhotoAttributes]
_from_dict__PhotoRelationships: Callable[[Mapping[str, Any]], PhotoRelationships]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, PhotoAttributes, PhotoRelationships  # noqa: PLW0603
    global _from_dict__PhotoAttributes, _from_dict__PhotoRelationships  # noqa: PLW0603
    from ..models.photo_attributes import PhotoAttributes  # noqa: PLC0415
    from ..models.photo_relationships import PhotoRelationships  # noqa: PLC0415

    _from_dict__PhotoAttributes = PhotoAttributes.from_dict
    _from_dict__PhotoRelationships = PhotoRelationships.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Photo")


@_attrs_define
class Photo:
    """A photo as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (PhotoResourceType | Unset): JSON:API type of the record.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
        attributes (PhotoAttributes | Unset): Attributes of a photo as read from the API. `required` lists the
            attributes Booqable always sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the
            client then reports it as not sent.
        relationships (PhotoRelationships | Unset): Relationships of a photo: links to related records and, when they
            are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: PhotoResourceType | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    attributes: PhotoAttributes | Unset = UNSET
    relationships: PhotoRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = _jsonapi__carried(self._jsonapi__document)
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        id = str(self.id)
        field_dict["id"] = id
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
                raise FieldError("object (Photo)", d)
            d = dict(d)
        n__absent = 0
        _id = d.get("id", UNSET)
        try:
            id = parse_uuid(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.get("type", UNSET)
        type_: PhotoResourceType | Unset = UNSET
        if type(_type_) is str:
            type_ = PhotoResourceType._by__value.get(_type_) or PhotoResourceType(_type_)
        elif isinstance(_type_, str):
            type_ = PhotoResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (PhotoResourceType)", _type_, "type")

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
        attributes: PhotoAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = _from_dict__PhotoAttributes(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        if attributes is UNSET:
            n__absent += 1

        _relationships = d.get("relationships", UNSET)
        relationships: PhotoRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = _from_dict__PhotoRelationships(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        if relationships is UNSET:
            n__absent += 1

        if cls is _plain__class:
            photo = _new__object(cls)
            photo.id = id
            photo.type_ = type_
            photo.links = links
            photo.meta = meta
            photo.attributes = attributes
            photo.relationships = relationships
            photo.additional_properties = {}
        else:
            photo = cls(
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
            photo.additional_properties = extra__props
        if type(src_dict) is not dict:
            _jsonapi__adopt(photo, src_dict)
        return photo

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
    _jsonapi__type = "photos"

    if TYPE_CHECKING:
        import datetime
        from uuid import UUID

        from ..models.bundle import Bundle
        from ..models.photo_owner_type import PhotoOwnerType
        from ..models.product_group import ProductGroup
        from ..models.uploaded_file import UploadedFile
    from ..lib._jsonapi import Attribute as _jsonapi__Attribute
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    # The attributes Booqable always sends (the spec's `required`), read directly: `record.<name>` is
    # `record.attributes.<name>`, typed as sent; one a sparse fieldset left out raises `NotSentError`.
    alt_text = _jsonapi__Attribute["None | str"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    coordinates = _jsonapi__Attribute["dict[str, Any]"]()
    """A free-form JSON object."""

    created_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record was created."""

    height = _jsonapi__Attribute["int | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    large_url = _jsonapi__Attribute["str"]()

    original_url = _jsonapi__Attribute["str"]()

    owner_id = _jsonapi__Attribute["UUID"]()
    """ID of the related owner. Can only be set when the record is created."""

    owner_type = _jsonapi__Attribute["PhotoOwnerType"]()
    """Values of `owner_type` on photos."""

    photo = _jsonapi__Attribute["UploadedFile"]()
    """A stored file as the API describes it; `url` is null until a file is attached."""

    position = _jsonapi__Attribute["int"]()

    preview = _jsonapi__Attribute["str"]()

    updated_at = _jsonapi__Attribute["datetime.datetime"]()
    """When the record last changed."""

    width = _jsonapi__Attribute["int | None"]()
    """Unverified: the examples show `null`, which the field list does not allow."""

    xlarge_url = _jsonapi__Attribute["str"]()

    owner = _jsonapi__ToOne["ProductGroup | Bundle"](
        ("product_groups", "product_group", "ProductGroup"), ("bundles", "bundle", "Bundle")
    )
    """The owner of this photo (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="owner"`)."""


_plain__class: type[Photo] | None = (
    Photo
    if {field.name for field in _attrs_fields(Photo)}
    == {"id", "type_", "links", "meta", "attributes", "relationships", "additional_properties"}
    and not hasattr(Photo, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
