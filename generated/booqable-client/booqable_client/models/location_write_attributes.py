from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_type import LocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


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
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        address_line_1 = d.pop("address_line_1", UNSET)

        address_line_2 = d.pop("address_line_2", UNSET)

        city = d.pop("city", UNSET)

        code = d.pop("code", UNSET)

        confirm_has_orders = d.pop("confirm_has_orders", UNSET)

        country = d.pop("country", UNSET)

        _location_type = d.pop("location_type", UNSET)
        location_type: LocationType | Unset
        if isinstance(_location_type, Unset):
            location_type = UNSET
        else:
            location_type = LocationType(_location_type)

        _main_address = d.pop("main_address", UNSET)
        main_address: Address | Unset
        if isinstance(_main_address, Unset):
            main_address = UNSET
        else:
            main_address = Address.from_dict(_main_address)

        _main_address_attributes = d.pop("main_address_attributes", UNSET)
        main_address_attributes: Address | Unset
        if isinstance(_main_address_attributes, Unset):
            main_address_attributes = UNSET
        else:
            main_address_attributes = Address.from_dict(_main_address_attributes)

        name = d.pop("name", UNSET)

        pickup_enabled = d.pop("pickup_enabled", UNSET)

        region = d.pop("region", UNSET)

        zipcode = d.pop("zipcode", UNSET)

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
