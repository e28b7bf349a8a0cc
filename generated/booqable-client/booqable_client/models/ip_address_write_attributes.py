from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="IpAddressWriteAttributes")


@_attrs_define
class IpAddressWriteAttributes:
    """Attributes that can be sent when creating or updating an ip address.

    Attributes:
        address (str | Unset):
        label (str | Unset):
    """

    address: str | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (IpAddressWriteAttributes)", src_dict)
        d = dict(src_dict)
        address = d.pop("address", UNSET)
        if not isinstance(address, str) and address is not UNSET:
            raise FieldError("string", address, "address")

        label = d.pop("label", UNSET)
        if not isinstance(label, str) and label is not UNSET:
            raise FieldError("string", label, "label")

        ip_address_write_attributes = cls(
            address=address,
            label=label,
        )

        ip_address_write_attributes.additional_properties = d
        return ip_address_write_attributes

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
