from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        meets_validation_requirements = self.meets_validation_requirements
        if meets_validation_requirements is not UNSET:
            field_dict["meets_validation_requirements"] = meets_validation_requirements
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1
        if address1 is not UNSET:
            field_dict["address1"] = address1
        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2
        if address2 is not UNSET:
            field_dict["address2"] = address2
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country
        if country is not UNSET:
            field_dict["country"] = country
        country_id: None | str | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        elif isinstance(self.country_id, UUID):
            country_id = str(self.country_id)
        else:
            country_id = self.country_id
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        province_id: None | str | Unset
        if isinstance(self.province_id, Unset):
            province_id = UNSET
        elif isinstance(self.province_id, UUID):
            province_id = str(self.province_id)
        else:
            province_id = self.province_id
        if province_id is not UNSET:
            field_dict["province_id"] = province_id
        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Address)", d)
            d = dict(d)
        n__absent = 0
        meets_validation_requirements = d.get("meets_validation_requirements", UNSET)
        if not (meets_validation_requirements is True or meets_validation_requirements is False):
            if meets_validation_requirements is UNSET:
                n__absent += 1
            elif not isinstance(meets_validation_requirements, bool):
                raise FieldError("boolean", meets_validation_requirements, "meets_validation_requirements")

        first_name = d.get("first_name", UNSET)
        if not (type(first_name) is str or first_name is None):
            if first_name is UNSET:
                n__absent += 1
            elif not (isinstance(first_name, str) or first_name is None):
                raise FieldError("string or null", first_name, "first_name")

        last_name = d.get("last_name", UNSET)
        if not (type(last_name) is str or last_name is None):
            if last_name is UNSET:
                n__absent += 1
            elif not (isinstance(last_name, str) or last_name is None):
                raise FieldError("string or null", last_name, "last_name")

        address1 = d.get("address1", UNSET)
        if not (type(address1) is str or address1 is None):
            if address1 is UNSET:
                n__absent += 1
            elif not (isinstance(address1, str) or address1 is None):
                raise FieldError("string or null", address1, "address1")

        address2 = d.get("address2", UNSET)
        if not (type(address2) is str or address2 is None):
            if address2 is UNSET:
                n__absent += 1
            elif not (isinstance(address2, str) or address2 is None):
                raise FieldError("string or null", address2, "address2")

        city = d.get("city", UNSET)
        if not (type(city) is str or city is None):
            if city is UNSET:
                n__absent += 1
            elif not (isinstance(city, str) or city is None):
                raise FieldError("string or null", city, "city")

        region = d.get("region", UNSET)
        if not (type(region) is str or region is None):
            if region is UNSET:
                n__absent += 1
            elif not (isinstance(region, str) or region is None):
                raise FieldError("string or null", region, "region")

        zipcode = d.get("zipcode", UNSET)
        if not (type(zipcode) is str or zipcode is None):
            if zipcode is UNSET:
                n__absent += 1
            elif not (isinstance(zipcode, str) or zipcode is None):
                raise FieldError("string or null", zipcode, "zipcode")

        country = d.get("country", UNSET)
        if not (type(country) is str or country is None):
            if country is UNSET:
                n__absent += 1
            elif not (isinstance(country, str) or country is None):
                raise FieldError("string or null", country, "country")

        _country_id = d.get("country_id", UNSET)
        country_id: None | Unset | UUID
        if _country_id is None or _country_id is UNSET:
            country_id = _country_id
        elif isinstance(_country_id, str):
            _country_id_type_0 = _country_id
            try:
                country_id_type_0 = parse_uuid(_country_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _country_id_type_0, "country_id") from None

            country_id = country_id_type_0
        else:
            raise FieldError("UUID string or null", _country_id, "country_id")

        if country_id is UNSET:
            n__absent += 1

        _province_id = d.get("province_id", UNSET)
        province_id: None | Unset | UUID
        if _province_id is None or _province_id is UNSET:
            province_id = _province_id
        elif isinstance(_province_id, str):
            _province_id_type_0 = _province_id
            try:
                province_id_type_0 = parse_uuid(_province_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _province_id_type_0, "province_id") from None

            province_id = province_id_type_0
        else:
            raise FieldError("UUID string or null", _province_id, "province_id")

        if province_id is UNSET:
            n__absent += 1

        latitude = d.get("latitude", UNSET)
        if not ((type(latitude) is float or type(latitude) is int) or latitude is None):
            if latitude is UNSET:
                n__absent += 1
            elif not (
                (
                    isinstance(latitude, float)
                    or (isinstance(latitude, int) and latitude is not True and latitude is not False)
                )
                or latitude is None
            ):
                raise FieldError("number or null", latitude, "latitude")

        longitude = d.get("longitude", UNSET)
        if not ((type(longitude) is float or type(longitude) is int) or longitude is None):
            if longitude is UNSET:
                n__absent += 1
            elif not (
                (
                    isinstance(longitude, float)
                    or (isinstance(longitude, int) and longitude is not True and longitude is not False)
                )
                or longitude is None
            ):
                raise FieldError("number or null", longitude, "longitude")

        value = d.get("value", UNSET)
        if not (type(value) is str or value is None):
            if value is UNSET:
                n__absent += 1
            elif not (isinstance(value, str) or value is None):
                raise FieldError("string or null", value, "value")

        if cls is _plain__class:
            address = _new__object(cls)
            address.meets_validation_requirements = meets_validation_requirements
            address.first_name = first_name
            address.last_name = last_name
            address.address1 = address1
            address.address2 = address2
            address.city = city
            address.region = region
            address.zipcode = zipcode
            address.country = country
            address.country_id = country_id
            address.province_id = province_id
            address.latitude = latitude
            address.longitude = longitude
            address.value = value
            address.additional_properties = {}
        else:
            address = cls(
                meets_validation_requirements,
                first_name,
                last_name,
                address1,
                address2,
                city,
                region,
                zipcode,
                country,
                country_id,
                province_id,
                latitude,
                longitude,
                value,
            )
        if len(d) + n__absent != 14:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "meets_validation_requirements",
                    "first_name",
                    "last_name",
                    "address1",
                    "address2",
                    "city",
                    "region",
                    "zipcode",
                    "country",
                    "country_id",
                    "province_id",
                    "latitude",
                    "longitude",
                    "value",
                }
            }
            address.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[Address] | None = (
    Address
    if {field.name for field in _attrs_fields(Address)}
    == {
        "meets_validation_requirements",
        "first_name",
        "last_name",
        "address1",
        "address2",
        "city",
        "region",
        "zipcode",
        "country",
        "country_id",
        "province_id",
        "latitude",
        "longitude",
        "value",
        "additional_properties",
    }
    and not hasattr(Address, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
