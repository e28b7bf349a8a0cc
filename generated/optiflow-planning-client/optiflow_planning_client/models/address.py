from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address_line = self.address_line
        if address_line is not UNSET:
            field_dict["address_line"] = address_line
        city = self.city
        if city is not UNSET:
            field_dict["city"] = city
        zip_code = self.zip_code
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code
        country_code = self.country_code
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Address)", d)
            d = dict(d)
        n__absent = 0
        address_line = d.get("address_line", UNSET)
        if not (type(address_line) is str):
            if address_line is UNSET:
                n__absent += 1
            elif not isinstance(address_line, str):
                raise FieldError("string", address_line, "address_line")

        city = d.get("city", UNSET)
        if not (type(city) is str):
            if city is UNSET:
                n__absent += 1
            elif not isinstance(city, str):
                raise FieldError("string", city, "city")

        zip_code = d.get("zip_code", UNSET)
        if not (type(zip_code) is str):
            if zip_code is UNSET:
                n__absent += 1
            elif not isinstance(zip_code, str):
                raise FieldError("string", zip_code, "zip_code")

        country_code = d.get("country_code", UNSET)
        if not (type(country_code) is str):
            if country_code is UNSET:
                n__absent += 1
            elif not isinstance(country_code, str):
                raise FieldError("string", country_code, "country_code")

        if cls is _plain__class:
            address = _new__object(cls)
            address.address_line = address_line
            address.city = city
            address.zip_code = zip_code
            address.country_code = country_code
            address.additional_properties = {}
        else:
            address = cls(
                address_line,
                city,
                zip_code,
                country_code,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"address_line", "city", "zip_code", "country_code"}
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
    == {"address_line", "city", "zip_code", "country_code", "additional_properties"}
    and not hasattr(Address, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
