from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.geo_point import GeoPoint

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Address, GeoPoint  # noqa: PLW0603
    from ..models.address import Address  # noqa: PLC0415
    from ..models.geo_point import GeoPoint  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """A place visited on a route.

    Attributes:
        business_id (str | Unset): Identifier of the location. Example: LOC_001.
        name (str | Unset): Name of the location. Example: Conundra (Oosterzele).
        type_ (str | Unset): Kind of location, such as `CUSTOMER`. Example: CUSTOMER.
        geo_point (GeoPoint | Unset): Coordinates of a place (WGS84 degrees).
        address (Address | Unset): Postal address of a location.
    """

    business_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    geo_point: GeoPoint | Unset = UNSET
    address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        business_id = self.business_id

        name = self.name

        type_ = self.type_

        geo_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_point, Unset):
            geo_point = self.geo_point.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if geo_point is not UNSET:
            field_dict["geo_point"] = geo_point
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Location)", src_dict)
        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str) and type_ is not UNSET:
            raise FieldError("string", type_, "type")

        _geo_point = d.pop("geo_point", UNSET)
        geo_point: GeoPoint | Unset = UNSET
        if _geo_point is not UNSET:
            try:
                geo_point = GeoPoint.from_dict(_geo_point)
            except FieldError as field__error:
                field__error.segments.append("geo_point")
                raise

        _address = d.pop("address", UNSET)
        address: Address | Unset = UNSET
        if _address is not UNSET:
            try:
                address = Address.from_dict(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        location = cls(
            business_id=business_id,
            name=name,
            type_=type_,
            geo_point=geo_point,
            address=address,
        )

        location.additional_properties = d
        return location

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
