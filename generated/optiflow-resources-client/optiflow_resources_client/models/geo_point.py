from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geocoding_result import GeocodingResult

_refs__resolved = False
_from_dict__GeocodingResult: Callable[[Mapping[str, Any]], GeocodingResult]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, GeocodingResult  # noqa: PLW0603
    global _from_dict__GeocodingResult  # noqa: PLW0603
    from ..models.geocoding_result import GeocodingResult  # noqa: PLC0415

    _from_dict__GeocodingResult = GeocodingResult.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["latitude"] = self.latitude
        field_dict["longitude"] = self.longitude
        resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved, Unset):
            resolved = self.resolved.to_dict()
        if resolved is not UNSET:
            field_dict["resolved"] = resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (GeoPoint)", d)
            d = dict(d)
        n__absent = 0
        latitude = d.get("latitude", UNSET)
        if not (type(latitude) is float or type(latitude) is int) and not (
            isinstance(latitude, float)
            or (isinstance(latitude, int) and latitude is not True and latitude is not False)
        ):
            raise FieldError("number", latitude, "latitude")

        longitude = d.get("longitude", UNSET)
        if not (type(longitude) is float or type(longitude) is int) and not (
            isinstance(longitude, float)
            or (isinstance(longitude, int) and longitude is not True and longitude is not False)
        ):
            raise FieldError("number", longitude, "longitude")

        _resolved = d.get("resolved", UNSET)
        resolved: GeocodingResult | Unset = UNSET
        if _resolved is not UNSET:
            try:
                resolved = _from_dict__GeocodingResult(_resolved)
            except FieldError as field__error:
                field__error.segments.append("resolved")
                raise

        if resolved is UNSET:
            n__absent += 1

        if cls is _plain__class:
            geo_point = _new__object(cls)
            geo_point.latitude = latitude
            geo_point.longitude = longitude
            geo_point.resolved = resolved
            geo_point.additional_properties = {}
        else:
            geo_point = cls(
                latitude,
                longitude,
                resolved,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"latitude", "longitude", "resolved"}
            }
            geo_point.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[GeoPoint] | None = (
    GeoPoint
    if {field.name for field in _attrs_fields(GeoPoint)}
    == {"latitude", "longitude", "resolved", "additional_properties"}
    and not hasattr(GeoPoint, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
