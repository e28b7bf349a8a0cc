from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.location_type import LocationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address

_refs__resolved = False
_from_dict__Address: Callable[[Mapping[str, Any]], Address]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Address  # noqa: PLW0603
    global _from_dict__Address  # noqa: PLW0603
    from ..models.address import Address  # noqa: PLC0415

    _from_dict__Address = Address.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address_line_1 = self.address_line_1
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        address_line_2 = self.address_line_2
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        code = self.code
        if code is not UNSET:
            field_dict["code"] = code
        confirm_has_orders = self.confirm_has_orders
        if confirm_has_orders is not UNSET:
            field_dict["confirm_has_orders"] = confirm_has_orders
        country = self.country
        if country is not UNSET:
            field_dict["country"] = country
        location_type: str | Unset = UNSET
        if not isinstance(self.location_type, Unset):
            location_type = self.location_type.value

        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        main_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address, Unset):
            main_address = self.main_address.to_dict()
        if main_address is not UNSET:
            field_dict["main_address"] = main_address
        main_address_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_address_attributes, Unset):
            main_address_attributes = self.main_address_attributes.to_dict()
        if main_address_attributes is not UNSET:
            field_dict["main_address_attributes"] = main_address_attributes
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        pickup_enabled = self.pickup_enabled
        if pickup_enabled is not UNSET:
            field_dict["pickup_enabled"] = pickup_enabled
        region = self.region
        if region is not UNSET:
            field_dict["region"] = region
        zipcode = self.zipcode
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LocationWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        address_line_1 = d.get("address_line_1", UNSET)
        if not (type(address_line_1) is str):
            if address_line_1 is UNSET:
                n__absent += 1
            elif not isinstance(address_line_1, str):
                raise FieldError("string", address_line_1, "address_line_1")

        address_line_2 = d.get("address_line_2", UNSET)
        if not (type(address_line_2) is str):
            if address_line_2 is UNSET:
                n__absent += 1
            elif not isinstance(address_line_2, str):
                raise FieldError("string", address_line_2, "address_line_2")

        city = d.get("city", UNSET)
        if not (type(city) is str):
            if city is UNSET:
                n__absent += 1
            elif not isinstance(city, str):
                raise FieldError("string", city, "city")

        code = d.get("code", UNSET)
        if not (type(code) is str):
            if code is UNSET:
                n__absent += 1
            elif not isinstance(code, str):
                raise FieldError("string", code, "code")

        confirm_has_orders = d.get("confirm_has_orders", UNSET)
        if not (confirm_has_orders is True or confirm_has_orders is False):
            if confirm_has_orders is UNSET:
                n__absent += 1
            elif not isinstance(confirm_has_orders, bool):
                raise FieldError("boolean", confirm_has_orders, "confirm_has_orders")

        country = d.get("country", UNSET)
        if not (type(country) is str):
            if country is UNSET:
                n__absent += 1
            elif not isinstance(country, str):
                raise FieldError("string", country, "country")

        _location_type = d.get("location_type", UNSET)
        location_type: LocationType | Unset = UNSET
        if type(_location_type) is str:
            location_type = LocationType._by__value.get(_location_type) or LocationType(_location_type)
        elif isinstance(_location_type, str):
            location_type = LocationType(_location_type)
        elif _location_type is not UNSET:
            raise FieldError("string (LocationType)", _location_type, "location_type")

        if location_type is UNSET:
            n__absent += 1

        _main_address = d.get("main_address", UNSET)
        main_address: Address | Unset = UNSET
        if _main_address is not UNSET:
            try:
                main_address = _from_dict__Address(_main_address)
            except FieldError as field__error:
                field__error.segments.append("main_address")
                raise

        if main_address is UNSET:
            n__absent += 1

        _main_address_attributes = d.get("main_address_attributes", UNSET)
        main_address_attributes: Address | Unset = UNSET
        if _main_address_attributes is not UNSET:
            try:
                main_address_attributes = _from_dict__Address(_main_address_attributes)
            except FieldError as field__error:
                field__error.segments.append("main_address_attributes")
                raise

        if main_address_attributes is UNSET:
            n__absent += 1

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        pickup_enabled = d.get("pickup_enabled", UNSET)
        if not (pickup_enabled is True or pickup_enabled is False):
            if pickup_enabled is UNSET:
                n__absent += 1
            elif not isinstance(pickup_enabled, bool):
                raise FieldError("boolean", pickup_enabled, "pickup_enabled")

        region = d.get("region", UNSET)
        if not (type(region) is str):
            if region is UNSET:
                n__absent += 1
            elif not isinstance(region, str):
                raise FieldError("string", region, "region")

        zipcode = d.get("zipcode", UNSET)
        if not (type(zipcode) is str):
            if zipcode is UNSET:
                n__absent += 1
            elif not isinstance(zipcode, str):
                raise FieldError("string", zipcode, "zipcode")

        if cls is _plain__class:
            location_write_attributes = _new__object(cls)
            location_write_attributes.address_line_1 = address_line_1
            location_write_attributes.address_line_2 = address_line_2
            location_write_attributes.city = city
            location_write_attributes.code = code
            location_write_attributes.confirm_has_orders = confirm_has_orders
            location_write_attributes.country = country
            location_write_attributes.location_type = location_type
            location_write_attributes.main_address = main_address
            location_write_attributes.main_address_attributes = main_address_attributes
            location_write_attributes.name = name
            location_write_attributes.pickup_enabled = pickup_enabled
            location_write_attributes.region = region
            location_write_attributes.zipcode = zipcode
            location_write_attributes.additional_properties = {}
        else:
            location_write_attributes = cls(
                address_line_1,
                address_line_2,
                city,
                code,
                confirm_has_orders,
                country,
                location_type,
                main_address,
                main_address_attributes,
                name,
                pickup_enabled,
                region,
                zipcode,
            )
        if len(d) + n__absent != 13:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "address_line_1",
                    "address_line_2",
                    "city",
                    "code",
                    "confirm_has_orders",
                    "country",
                    "location_type",
                    "main_address",
                    "main_address_attributes",
                    "name",
                    "pickup_enabled",
                    "region",
                    "zipcode",
                }
            }
            location_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[LocationWriteAttributes] | None = (
    LocationWriteAttributes
    if {field.name for field in _attrs_fields(LocationWriteAttributes)}
    == {
        "address_line_1",
        "address_line_2",
        "city",
        "code",
        "confirm_has_orders",
        "country",
        "location_type",
        "main_address",
        "main_address_attributes",
        "name",
        "pickup_enabled",
        "region",
        "zipcode",
        "additional_properties",
    }
    and not hasattr(LocationWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
