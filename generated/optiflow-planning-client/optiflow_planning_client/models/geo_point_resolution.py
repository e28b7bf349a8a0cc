from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeoPointResolution")


@_attrs_define
class GeoPointResolution:
    """How the coordinates were obtained; filled in by the server.

    Attributes:
        geocoded (bool | Unset): True when the coordinates were computed from the address (which only happens when no
            coordinates were given). Example: True.
    """

    geocoded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geocoded = self.geocoded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if geocoded is not UNSET:
            field_dict["geocoded"] = geocoded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (GeoPointResolution)", src_dict)
        d = dict(src_dict)
        geocoded = d.pop("geocoded", UNSET)
        if not isinstance(geocoded, bool) and geocoded is not UNSET:
            raise FieldError("boolean", geocoded, "geocoded")

        geo_point_resolution = cls(
            geocoded=geocoded,
        )

        geo_point_resolution.additional_properties = d
        return geo_point_resolution

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
