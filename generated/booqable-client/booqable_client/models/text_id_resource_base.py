from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        type_ = self.type_

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TextIdResourceBase)", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str):
            raise FieldError("string", id, "id")

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str) and type_ is not UNSET:
            raise FieldError("string", type_, "type")

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

        text_id_resource_base = cls(
            id=id,
            type_=type_,
            links=links,
            meta=meta,
        )

        text_id_resource_base.additional_properties = d
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
