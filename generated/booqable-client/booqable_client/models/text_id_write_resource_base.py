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

T = TypeVar("T", bound="TextIdWriteResourceBase")


@_attrs_define
class TextIdWriteResourceBase:
    """Like `WriteResourceBase`, for the few resources whose ID is free text rather than a UUID.

    Attributes:
        type_ (str):
        id (str | Unset): ID of the record (updates only).
    """

    type_: str
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["type"] = self.type_
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TextIdWriteResourceBase)", d)
            d = dict(d)
        n__absent = 0
        type_ = d.get("type", UNSET)
        if not (type(type_) is str) and not isinstance(type_, str):
            raise FieldError("string", type_, "type")

        id = d.get("id", UNSET)
        if not (type(id) is str):
            if id is UNSET:
                n__absent += 1
            elif not isinstance(id, str):
                raise FieldError("string", id, "id")

        if cls is _plain__class:
            text_id_write_resource_base = _new__object(cls)
            text_id_write_resource_base.type_ = type_
            text_id_write_resource_base.id = id
            text_id_write_resource_base.additional_properties = {}
        else:
            text_id_write_resource_base = cls(
                type_,
                id,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"type", "id"}
            }
            text_id_write_resource_base.additional_properties = extra__props
        return text_id_write_resource_base

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


_plain__class: type[TextIdWriteResourceBase] | None = (
    TextIdWriteResourceBase
    if {field.name for field in _attrs_fields(TextIdWriteResourceBase)} == {"type_", "id", "additional_properties"}
    and not hasattr(TextIdWriteResourceBase, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
