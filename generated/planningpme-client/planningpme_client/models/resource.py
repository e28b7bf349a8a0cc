from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    """A resource (a person or equipment) as embedded in a planned item.

    Attributes:
        key (int | Unset):
        label (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
    """

    key: int | Unset = UNSET
    label: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Resource)", src_dict)
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if not (isinstance(key, int) and key is not True and key is not False) and key is not UNSET:
            raise FieldError("integer", key, "key")

        label = d.pop("label", UNSET)
        if not isinstance(label, str) and label is not UNSET:
            raise FieldError("string", label, "label")

        first_name = d.pop("firstName", UNSET)
        if not isinstance(first_name, str) and first_name is not UNSET:
            raise FieldError("string", first_name, "firstName")

        last_name = d.pop("lastName", UNSET)
        if not isinstance(last_name, str) and last_name is not UNSET:
            raise FieldError("string", last_name, "lastName")

        resource = cls(
            key=key,
            label=label,
            first_name=first_name,
            last_name=last_name,
        )

        resource.additional_properties = d
        return resource

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
