from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="TextIdResourceBase")


@_attrs_define
class TextIdResourceBase:
    """Like `ResourceBase`, for the few resources whose ID is free text rather than a UUID.

    Attributes:
        id (str):
        type_ (str | Unset): Resource type.
        links (JsonObject | Unset): A free-form JSON object.
        meta (JsonObject | Unset): A free-form JSON object.
    """

    id: str
    type_: str | Unset = UNSET
    links: JsonObject | Unset = UNSET
    meta: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["id"] = self.id
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()
        if links is not UNSET:
            field_dict["links"] = links
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TextIdResourceBase)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str) and not isinstance(id, str):
            raise FieldError("string", id, "id")

        type_ = d.get("type", UNSET)
        if not (type(type_) is str):
            if type_ is UNSET:
                n__absent += 1
            elif not isinstance(type_, str):
                raise FieldError("string", type_, "type")

        _links = d.get("links", UNSET)
        links: JsonObject | Unset = UNSET
        if _links is not UNSET:
            try:
                links = JsonObject.from_dict(_links)
            except FieldError as field__error:
                field__error.segments.append("links")
                raise

        if links is UNSET:
            n__absent += 1

        _meta = d.get("meta", UNSET)
        meta: JsonObject | Unset = UNSET
        if _meta is not UNSET:
            try:
                meta = JsonObject.from_dict(_meta)
            except FieldError as field__error:
                field__error.segments.append("meta")
                raise

        if meta is UNSET:
            n__absent += 1

        if cls is _plain__class:
            text_id_resource_base = cls.__new__(cls)
            text_id_resource_base.id = id
            text_id_resource_base.type_ = type_
            text_id_resource_base.links = links
            text_id_resource_base.meta = meta
            text_id_resource_base.additional_properties = {}
        else:
            text_id_resource_base = cls(
                id,
                type_,
                links,
                meta,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "type", "links", "meta"}
            }
            text_id_resource_base.additional_properties = extra__props
        return text_id_resource_base

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


_plain__class: type[TextIdResourceBase] | None = (
    TextIdResourceBase
    if {field.name for field in _attrs_fields(TextIdResourceBase)}
    == {"id", "type_", "links", "meta", "additional_properties"}
    and not hasattr(TextIdResourceBase, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
