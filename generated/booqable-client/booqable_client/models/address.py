from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address as the API returns it for a location's main address.

    Attributes:
        meets_validation_requirements (bool | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        address1 (None | str | Unset):
        address2 (None | str | Unset):
        city (None | str | Unset):
        region (None | str | Unset):
        zipcode (None | str | Unset):
        country (None | str | Unset):
        country_id (None | Unset | UUID):
        province_id (None | Unset | UUID):
        latitude (float | None | Unset):
        longitude (float | None | Unset):
        value (None | str | Unset):
    """

    meets_validation_requirements: bool | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    country_id: None | Unset | UUID = UNSET
    province_id: None | Unset | UUID = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meets_validation_requirements = self.meets_validation_requirements

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        country_id: None | str | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        elif isinstance(self.country_id, UUID):
            country_id = str(self.country_id)
        else:
            country_id = self.country_id

        province_id: None | str | Unset
        if isinstance(self.province_id, Unset):
            province_id = UNSET
        elif isinstance(self.province_id, UUID):
            province_id = str(self.province_id)
        else:
            province_id = self.province_id

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meets_validation_requirements is not UNSET:
            field_dict["meets_validation_requirements"] = meets_validation_requirements
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if country is not UNSET:
            field_dict["country"] = country
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Address)", src_dict)
        d = dict(src_dict)
        meets_validation_requirements = d.pop("meets_validation_requirements", UNSET)
        if not isinstance(meets_validation_requirements, bool) and meets_validation_requirements is not UNSET:
            raise FieldError("boolean", meets_validation_requirements, "meets_validation_requirements")

        first_name = d.pop("first_name", UNSET)
        if not (isinstance(first_name, str) or first_name is None) and first_name is not UNSET:
            raise FieldError("string or null", first_name, "first_name")

        last_name = d.pop("last_name", UNSET)
        if not (isinstance(last_name, str) or last_name is None) and last_name is not UNSET:
            raise FieldError("string or null", last_name, "last_name")

        address1 = d.pop("address1", UNSET)
        if not (isinstance(address1, str) or address1 is None) and address1 is not UNSET:
            raise FieldError("string or null", address1, "address1")

        address2 = d.pop("address2", UNSET)
        if not (isinstance(address2, str) or address2 is None) and address2 is not UNSET:
            raise FieldError("string or null", address2, "address2")

        city = d.pop("city", UNSET)
        if not (isinstance(city, str) or city is None) and city is not UNSET:
            raise FieldError("string or null", city, "city")

        region = d.pop("region", UNSET)
        if not (isinstance(region, str) or region is None) and region is not UNSET:
            raise FieldError("string or null", region, "region")

        zipcode = d.pop("zipcode", UNSET)
        if not (isinstance(zipcode, str) or zipcode is None) and zipcode is not UNSET:
            raise FieldError("string or null", zipcode, "zipcode")

        country = d.pop("country", UNSET)
        if not (isinstance(country, str) or country is None) and country is not UNSET:
            raise FieldError("string or null", country, "country")

        _country_id = d.pop("country_id", UNSET)
        country_id: None | Unset | UUID
        if _country_id is None or _country_id is UNSET:
            country_id = _country_id
        elif isinstance(_country_id, str):
            _country_id_type_0 = _country_id
            try:
                country_id_type_0 = UUID(_country_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _country_id_type_0, "country_id") from None

            country_id = country_id_type_0
        else:
            raise FieldError("UUID string or null", _country_id, "country_id")

        _province_id = d.pop("province_id", UNSET)
        province_id: None | Unset | UUID
        if _province_id is None or _province_id is UNSET:
            province_id = _province_id
        elif isinstance(_province_id, str):
            _province_id_type_0 = _province_id
            try:
                province_id_type_0 = UUID(_province_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _province_id_type_0, "province_id") from None

            province_id = province_id_type_0
        else:
            raise FieldError("UUID string or null", _province_id, "province_id")

        latitude = d.pop("latitude", UNSET)
        if (
            not (
                (
                    isinstance(latitude, float)
                    or (isinstance(latitude, int) and latitude is not True and latitude is not False)
                )
                or latitude is None
            )
            and latitude is not UNSET
        ):
            raise FieldError("number or null", latitude, "latitude")

        longitude = d.pop("longitude", UNSET)
        if (
            not (
                (
                    isinstance(longitude, float)
                    or (isinstance(longitude, int) and longitude is not True and longitude is not False)
                )
                or longitude is None
            )
            and longitude is not UNSET
        ):
            raise FieldError("number or null", longitude, "longitude")

        value = d.pop("value", UNSET)
        if not (isinstance(value, str) or value is None) and value is not UNSET:
            raise FieldError("string or null", value, "value")

        address = cls(
            meets_validation_requirements=meets_validation_requirements,
            first_name=first_name,
            last_name=last_name,
            address1=address1,
            address2=address2,
            city=city,
            region=region,
            zipcode=zipcode,
            country=country,
            country_id=country_id,
            province_id=province_id,
            latitude=latitude,
            longitude=longitude,
            value=value,
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
