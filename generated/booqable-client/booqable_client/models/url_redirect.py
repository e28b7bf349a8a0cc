from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.url_redirect_resource_type import UrlRedirectResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.url_redirect_attributes import UrlRedirectAttributes
    from ..models.url_redirect_relationships import UrlRedirectRelationships

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject, UrlRedirectAttributes, UrlRedirectRelationships  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.url_redirect_attributes import UrlRedirectAttributes  # noqa: PLC0415
    from ..models.url_redirect_relationships import UrlRedirectRelationships  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="UrlRedirect")


@_attrs_define
class UrlRedirect:
    """An url redirect as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (UrlRedirectResourceType | Unset): JSON:API type of the record.
        links (JsonObject | Unset): A free-form JSON object.
        meta (JsonObject | Unset): A free-form JSON object.
        attributes (UrlRedirectAttributes | Unset): Attributes of an url redirect as read from the API. Every attribute
            is optional because sparse fieldsets (`fields[...]`) can leave any of them out.
        relationships (UrlRedirectRelationships | Unset): Relationships of an url redirect: links to related records
            and, when they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: UrlRedirectResourceType | Unset = UNSET
    links: JsonObject | Unset = UNSET
    meta: JsonObject | Unset = UNSET
    attributes: UrlRedirectAttributes | Unset = UNSET
    relationships: UrlRedirectRelationships | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        id = str(self.id)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (UrlRedirect)", src_dict)
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        try:
            id = UUID(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.pop("type", UNSET)
        type_: UrlRedirectResourceType | Unset = UNSET
        if isinstance(_type_, str):
            type_ = UrlRedirectResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (UrlRedirectResourceType)", _type_, "type")

        _links = d.pop("links", UNSET)
        links: JsonObject | Unset = UNSET
        if _links is not UNSET:
            try:
                links = JsonObject.from_dict(_links)
            except FieldError as field__error:
                field__error.segments.append("links")
                raise

        _meta = d.pop("meta", UNSET)
        meta: JsonObject | Unset = UNSET
        if _meta is not UNSET:
            try:
                meta = JsonObject.from_dict(_meta)
            except FieldError as field__error:
                field__error.segments.append("meta")
                raise

        _attributes = d.pop("attributes", UNSET)
        attributes: UrlRedirectAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = UrlRedirectAttributes.from_dict(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        _relationships = d.pop("relationships", UNSET)
        relationships: UrlRedirectRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = UrlRedirectRelationships.from_dict(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        url_redirect = cls(
            id=id,
            type_=type_,
            links=links,
            meta=meta,
            attributes=attributes,
            relationships=relationships,
        )

        url_redirect.additional_properties = d
        return url_redirect

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
