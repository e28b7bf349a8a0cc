from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..models.sorting_type import SortingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SortingWriteAttributes")


@_attrs_define
class SortingWriteAttributes:
    """Attributes that can be sent when creating or updating a sorting.

    Attributes:
        ids (list[str] | Unset):
        type_ (SortingType | Unset): Values of `type` on sortings.
    """

    ids: list[str] | Unset = UNSET
    type_: SortingType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (SortingWriteAttributes)", src_dict)
        d = dict(src_dict)
        _ids = d.pop("ids", UNSET)
        ids: list[str] | Unset = UNSET
        if isinstance(_ids, list):
            for ids_item in _ids:
                if not isinstance(ids_item, str):
                    raise FieldError("string", ids_item, _position(_ids, ids_item), "ids")
            ids = _ids
        elif _ids is not UNSET:
            raise FieldError("array", _ids, "ids")

        _type_ = d.pop("type", UNSET)
        type_: SortingType | Unset = UNSET
        if isinstance(_type_, str):
            type_ = SortingType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (SortingType)", _type_, "type")

        sorting_write_attributes = cls(
            ids=ids,
            type_=type_,
        )

        sorting_write_attributes.additional_properties = d
        return sorting_write_attributes

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
