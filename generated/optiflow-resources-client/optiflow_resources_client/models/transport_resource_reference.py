from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

T = TypeVar("T", bound="TransportResourceReference")


@_attrs_define
class TransportResourceReference:
    """Points at a transport resource by its business id.

    Attributes:
        business_id (str): Business id of an existing transport resource. Example: tractor-1.
    """

    business_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_id = self.business_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_id": business_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TransportResourceReference)", src_dict)
        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str):
            raise FieldError("string", business_id, "business_id")

        transport_resource_reference = cls(
            business_id=business_id,
        )

        transport_resource_reference.additional_properties = d
        return transport_resource_reference

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
