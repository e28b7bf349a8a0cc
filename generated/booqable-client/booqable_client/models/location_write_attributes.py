from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.location_type import LocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Address  # noqa: PLW0603
    from ..models.address import Address  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="LocationWriteAttributes")


@_attrs_define
class LocationWriteAttributes:
    """Attributes that can be sent when creating or updating a location.

    Attributes:
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        city (str | Unset):
        code (str | Unset):
        confirm_has_orders (bool | Unset):
        country (str | Unset):
        location_type (LocationType | Unset): Whether customers can rent from the location.
        main_address (Address | Unset): A postal address as the API returns it for a location's main address.
        main_address_attributes (Address | Unset): A postal address as the API returns it for a location's main address.
        name (str | Unset):
        pickup_enabled (bool | Unset):
        region (str | Unset):
        zipcode (str | Unset):
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    city: str | Unset = UNSET
    code: str | Unset = UNSET
    confirm_has_orders: bool | Unset = UNSET
    country: str | Unset = UNSET
    location_type: LocationType | Unset = UNSET
    main_address: Address | Unset = UNSET
    main_address_attributes: Address | Unset = UNSET
    name: str | Unset = UNSET
    pickup_enabled: bool | Unset = UNSET
    region: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        city = self.city

        code = self.code

        confirm_has_orders = self.confirm_has_orders

        country = self.country

        location_type: str | Unset = UNSET
        if not isinstance(self.location_type, Unset):
            location_type = self.location_type.value

        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()

        main_address_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address_attributes, Unset):
            main_address_attributes = self.main_address_attributes.to_dict()

        name = self.name

        pickup_enabled = self.pickup_enabled

        region = self.region

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if code is not UNSET:
            field_dict["code"] = code
        if confirm_has_orders is not UNSET:
            field_dict["confirm_has_orders"] = confirm_has_orders
        if country is not UNSET:
            field_dict["country"] = country
        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        if main_address is not UNSET:
            field_dict["main_address"] = main_address
        if main_address_attributes is not UNSET:
            field_dict["main_address_attributes"] = main_address_attributes
        if name is not UNSET:
            field_dict["name"] = name
        if pickup_enabled is not UNSET:
            field_dict["pickup_enabled"] = pickup_enabled
        if region is not UNSET:
            field_dict["region"] = region
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LocationWriteAttributes)", src_dict)
        d = dict(src_dict)
        address_line_1 = d.pop("address_line_1", UNSET)
        if not isinstance(address_line_1, str) and address_line_1 is not UNSET:
            raise FieldError("string", address_line_1, "address_line_1")

        address_line_2 = d.pop("address_line_2", UNSET)
        if not isinstance(address_line_2, str) and address_line_2 is not UNSET:
            raise FieldError("string", address_line_2, "address_line_2")

        city = d.pop("city", UNSET)
        if not isinstance(city, str) and city is not UNSET:
            raise FieldError("string", city, "city")

        code = d.pop("code", UNSET)
        if not isinstance(code, str) and code is not UNSET:
            raise FieldError("string", code, "code")

        confirm_has_orders = d.pop("confirm_has_orders", UNSET)
        if not isinstance(confirm_has_orders, bool) and confirm_has_orders is not UNSET:
            raise FieldError("boolean", confirm_has_orders, "confirm_has_orders")

        country = d.pop("country", UNSET)
        if not isinstance(country, str) and country is not UNSET:
            raise FieldError("string", country, "country")

        _location_type = d.pop("location_type", UNSET)
        location_type: LocationType | Unset = UNSET
        if isinstance(_location_type, str):
            location_type = LocationType(_location_type)
        elif _location_type is not UNSET:
            raise FieldError("string (LocationType)", _location_type, "location_type")

        _main_address = d.pop("main_address", UNSET)
        main_address: Address | Unset = UNSET
        if _main_address is not UNSET:
            try:
                main_address = Address.from_dict(_main_address)
            except FieldError as field__error:
                field__error.segments.append("main_address")
                raise

        _main_address_attributes = d.pop("main_address_attributes", UNSET)
        main_address_attributes: Address | Unset = UNSET
        if _main_address_attributes is not UNSET:
            try:
                main_address_attributes = Address.from_dict(_main_address_attributes)
            except FieldError as field__error:
                field__error.segments.append("main_address_attributes")
                raise

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        pickup_enabled = d.pop("pickup_enabled", UNSET)
        if not isinstance(pickup_enabled, bool) and pickup_enabled is not UNSET:
            raise FieldError("boolean", pickup_enabled, "pickup_enabled")

        region = d.pop("region", UNSET)
        if not isinstance(region, str) and region is not UNSET:
            raise FieldError("string", region, "region")

        zipcode = d.pop("zipcode", UNSET)
        if not isinstance(zipcode, str) and zipcode is not UNSET:
            raise FieldError("string", zipcode, "zipcode")

        location_write_attributes = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            code=code,
            confirm_has_orders=confirm_has_orders,
            country=country,
            location_type=location_type,
            main_address=main_address,
            main_address_attributes=main_address_attributes,
            name=name,
            pickup_enabled=pickup_enabled,
            region=region,
            zipcode=zipcode,
        )

        location_write_attributes.additional_properties = d
        return location_write_attributes

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
