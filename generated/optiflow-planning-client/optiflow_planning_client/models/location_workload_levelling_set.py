from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationWorkloadLevellingSet")


@_attrs_define
class LocationWorkloadLevellingSet:
    """Settings that spread the workload over the locations. Only the name is modelled; any other field is kept as it
    comes.

        Attributes:
            name (str): Name of the set. Example: Spread shop deliveries.
            business_id (str | Unset): Identifier of the set (the `business_id` of the path). Example: spread-shop-
                deliveries.
    """

    name: str
    business_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        business_id = self.business_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if business_id is not UNSET:
            field_dict["business_id"] = business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LocationWorkloadLevellingSet)", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str):
            raise FieldError("string", name, "name")

        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        location_workload_levelling_set = cls(
            name=name,
            business_id=business_id,
        )

        location_workload_levelling_set.additional_properties = d
        return location_workload_levelling_set

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
