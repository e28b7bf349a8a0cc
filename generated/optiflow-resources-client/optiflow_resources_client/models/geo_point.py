from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geocoding_result import GeocodingResult

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, GeocodingResult  # noqa: PLW0603
    from ..models.geocoding_result import GeocodingResult  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="GeoPoint")


@_attrs_define
class GeoPoint:
    """WGS84 coordinates.

    Attributes:
        latitude (float):  Example: 50.9514048.
        longitude (float):  Example: 3.8067878.
        resolved (GeocodingResult | Unset): How the application resolved the location (filled in by the application).
    """

    latitude: float
    longitude: float
    resolved: GeocodingResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
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
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (GeoPoint)", src_dict)
        d = dict(src_dict)
        latitude = d.pop("latitude", UNSET)
        if not (
            isinstance(latitude, float)
            or (isinstance(latitude, int) and latitude is not True and latitude is not False)
        ):
            raise FieldError("number", latitude, "latitude")

        longitude = d.pop("longitude", UNSET)
        if not (
            isinstance(longitude, float)
            or (isinstance(longitude, int) and longitude is not True and longitude is not False)
        ):
            raise FieldError("number", longitude, "longitude")

        _resolved = d.pop("resolved", UNSET)
        resolved: GeocodingResult | Unset = UNSET
        if _resolved is not UNSET:
            try:
                resolved = GeocodingResult.from_dict(_resolved)
            except FieldError as field__error:
                field__error.segments.append("resolved")
                raise

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
