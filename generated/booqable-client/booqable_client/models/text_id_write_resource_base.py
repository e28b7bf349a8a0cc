from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TextIdWriteResourceBase)", src_dict)
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str):
            raise FieldError("string", type_, "type")

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            raise FieldError("string", id, "id")

        text_id_write_resource_base = cls(
            type_=type_,
            id=id,
        )

        text_id_write_resource_base.additional_properties = d
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
