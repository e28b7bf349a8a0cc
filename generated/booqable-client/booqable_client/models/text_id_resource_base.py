from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="TextIdResourceBase")


@_attrs_define
class TextIdResourceBase:
    """Like `ResourceBase`, for the few resources whose ID is free text rather than a UUID.

    Attributes:
        id (str):
        type_ (str | Unset): Resource type.
        links (dict[str, Any] | Unset): A free-form JSON object.
        meta (dict[str, Any] | Unset): A free-form JSON object.
    """

    id: str
    type_: str | Unset = UNSET
    links: dict[str, Any] | Unset = UNSET
    meta: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["id"] = self.id
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        links = self.links
        if links is not UNSET:
            field_dict["links"] = links
        meta = self.meta
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        if cls is _plain__class:
            text_id_resource_base = _new__object(cls)
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

    __repr__ = _model__repr


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
