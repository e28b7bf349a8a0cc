from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.price_tile_resource_type import PriceTileResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.price_tile_attributes import PriceTileAttributes
    from ..models.price_tile_relationships import PriceTileRelationships

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject, PriceTileAttributes, PriceTileRelationships  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.price_tile_attributes import PriceTileAttributes  # noqa: PLC0415
    from ..models.price_tile_relationships import PriceTileRelationships  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="PriceTile")


@_attrs_define
class PriceTile:
    """A price tile as a JSON:API resource object.

    Attributes:
        id (UUID):
        type_ (PriceTileResourceType | Unset): JSON:API type of the record.
        links (JsonObject | Unset): A free-form JSON object.
        meta (JsonObject | Unset): A free-form JSON object.
        attributes (PriceTileAttributes | Unset): Attributes of a price tile as read from the API. Every attribute is
            optional because sparse fieldsets (`fields[...]`) can leave any of them out.
        relationships (PriceTileRelationships | Unset): Relationships of a price tile: links to related records and,
            when they are sideloaded with `include`, their identifiers.
    """

    id: UUID
    type_: PriceTileResourceType | Unset = UNSET
    links: JsonObject | Unset = UNSET
    meta: JsonObject | Unset = UNSET
    attributes: PriceTileAttributes | Unset = UNSET
    relationships: PriceTileRelationships | Unset = UNSET
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
            raise FieldError("object (PriceTile)", src_dict)
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        try:
            id = UUID(_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _id, "id") from None

        _type_ = d.pop("type", UNSET)
        type_: PriceTileResourceType | Unset = UNSET
        if isinstance(_type_, str):
            type_ = PriceTileResourceType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (PriceTileResourceType)", _type_, "type")

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
        attributes: PriceTileAttributes | Unset = UNSET
        if _attributes is not UNSET:
            try:
                attributes = PriceTileAttributes.from_dict(_attributes)
            except FieldError as field__error:
                field__error.segments.append("attributes")
                raise

        _relationships = d.pop("relationships", UNSET)
        relationships: PriceTileRelationships | Unset = UNSET
        if _relationships is not UNSET:
            try:
                relationships = PriceTileRelationships.from_dict(_relationships)
            except FieldError as field__error:
                field__error.segments.append("relationships")
                raise

        price_tile = cls(
            id=id,
            type_=type_,
            links=links,
            meta=meta,
            attributes=attributes,
            relationships=relationships,
        )

        price_tile.additional_properties = d
        return price_tile

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

    # JSON:API relationships (lib/_jsonapi.py): the response document this record came in, and one accessor per
    # relationship, which reads the related record(s) from the document's `included` on first use.
    _jsonapi__document: Any = _attrs_field(init=False, default=None, eq=False, repr=False)
    _jsonapi__type = "price_tiles"

    if TYPE_CHECKING:
        from ..models.price_structure import PriceStructure
    from ..lib._jsonapi import ToMany as _jsonapi__ToMany
    from ..lib._jsonapi import ToOne as _jsonapi__ToOne

    price_structure = _jsonapi__ToOne["PriceStructure"](("price_structures", "price_structure", "PriceStructure"))
    """The price structure of this price tile (`None`: none), from the response's `included`.

    Raises `NotIncludedError` when the request did not ask for it (`include="price_structure"`)."""
