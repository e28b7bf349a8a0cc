from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_point import GeoPoint

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, GeoPoint  # noqa: PLW0603
    from ..models.geo_point import GeoPoint  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address, coordinates, or both. Without a geo_point, city, zip_code and country_code are needed so the
    address can be geocoded.

        Attributes:
            address_line (str | Unset): Street, house number, box and the like. Example: Voordries 41b.
            city (str | Unset): Locality name. Example: Oosterzele.
            zip_code (str | Unset): Postal code of the locality. Example: 9860.
            country_code (str | Unset): ISO 3166-1 alpha-2 country code. Example: BE.
            geo_point (GeoPoint | Unset): WGS84 coordinates.
    """

    address_line: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    geo_point: GeoPoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        address_line = self.address_line

        city = self.city

        zip_code = self.zip_code

        country_code = self.country_code

        geo_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_point, Unset):
            geo_point = self.geo_point.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line is not UNSET:
            field_dict["address_line"] = address_line
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if geo_point is not UNSET:
            field_dict["geo_point"] = geo_point

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Address)", src_dict)
        d = dict(src_dict)
        address_line = d.pop("address_line", UNSET)
        if not isinstance(address_line, str) and address_line is not UNSET:
            raise FieldError("string", address_line, "address_line")

        city = d.pop("city", UNSET)
        if not isinstance(city, str) and city is not UNSET:
            raise FieldError("string", city, "city")

        zip_code = d.pop("zip_code", UNSET)
        if not isinstance(zip_code, str) and zip_code is not UNSET:
            raise FieldError("string", zip_code, "zip_code")

        country_code = d.pop("country_code", UNSET)
        if not isinstance(country_code, str) and country_code is not UNSET:
            raise FieldError("string", country_code, "country_code")

        _geo_point = d.pop("geo_point", UNSET)
        geo_point: GeoPoint | Unset = UNSET
        if _geo_point is not UNSET:
            try:
                geo_point = GeoPoint.from_dict(_geo_point)
            except FieldError as field__error:
                field__error.segments.append("geo_point")
                raise

        address = cls(
            address_line=address_line,
            city=city,
            zip_code=zip_code,
            country_code=country_code,
            geo_point=geo_point,
        )

        address.additional_properties = d
        return address

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
