from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_point_resolution import GeoPointResolution


T = TypeVar("T", bound="GeoPoint")


@_attrs_define
class GeoPoint:
    """Coordinates of a place (WGS84 degrees).

    Attributes:
        latitude (float): Latitude in degrees. Example: 50.9514048.
        longitude (float): Longitude in degrees. Example: 3.8067878.
        resolved (GeoPointResolution | Unset): How the coordinates were obtained; filled in by the server.
    """

    latitude: float
    longitude: float
    resolved: GeoPointResolution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved, Unset):
            resolved = self.resolved.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "latitude": latitude,
                "longitude": longitude,
            }
        )
        if resolved is not UNSET:
            field_dict["resolved"] = resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_point_resolution import GeoPointResolution  # noqa: PLC0415

        d = dict(src_dict)
        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        _resolved = d.pop("resolved", UNSET)
        resolved: GeoPointResolution | Unset
        if isinstance(_resolved, Unset):
            resolved = UNSET
        else:
            resolved = GeoPointResolution.from_dict(_resolved)

        geo_point = cls(
            latitude=latitude,
            longitude=longitude,
            resolved=resolved,
        )

        geo_point.additional_properties = d
        return geo_point

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
