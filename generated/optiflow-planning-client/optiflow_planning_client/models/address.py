from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """Postal address of a location.

    Attributes:
        address_line (str | Unset): Street, house number, box number and the like. Example: Voordries 41.
        city (str | Unset): City. Example: Oosterzele.
        zip_code (str | Unset): Postal code. Example: 9860.
        country_code (str | Unset): Two-letter ISO 3166-1 alpha-2 country code. Example: BE.
    """

    address_line: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line = self.address_line

        city = self.city

        zip_code = self.zip_code

        country_code = self.country_code

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        address = cls(
            address_line=address_line,
            city=city,
            zip_code=zip_code,
            country_code=country_code,
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
