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
    from ..models.address import Address
    from ..models.geo_point import GeoPoint

_refs__resolved = False
_from_dict__Address: Callable[[Mapping[str, Any]], Address]
_from_dict__GeoPoint: Callable[[Mapping[str, Any]], GeoPoint]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Address, GeoPoint  # noqa: PLW0603
    global _from_dict__Address, _from_dict__GeoPoint  # noqa: PLW0603
    from ..models.address import Address  # noqa: PLC0415
    from ..models.geo_point import GeoPoint  # noqa: PLC0415

    _from_dict__Address = Address.from_dict
    _from_dict__GeoPoint = GeoPoint.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        geo_point: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_point, Unset):
            geo_point = self.geo_point.to_dict()
        if geo_point is not UNSET:
            field_dict["geo_point"] = geo_point
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Location)", d)
            d = dict(d)
        n__absent = 0
        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        type_ = d.get("type", UNSET)
        if not (type(type_) is str):
            if type_ is UNSET:
                n__absent += 1
            elif not isinstance(type_, str):
                raise FieldError("string", type_, "type")

        _geo_point = d.get("geo_point", UNSET)
        geo_point: GeoPoint | Unset = UNSET
        if _geo_point is not UNSET:
            try:
                geo_point = _from_dict__GeoPoint(_geo_point)
            except FieldError as field__error:
                field__error.segments.append("geo_point")
                raise

        if geo_point is UNSET:
            n__absent += 1

        _address = d.get("address", UNSET)
        address: Address | Unset = UNSET
        if _address is not UNSET:
            try:
                address = _from_dict__Address(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        if address is UNSET:
            n__absent += 1

        if cls is _plain__class:
            location = _new__object(cls)
            location.business_id = business_id
            location.name = name
            location.type_ = type_
            location.geo_point = geo_point
            location.address = address
            location.additional_properties = {}
        else:
            location = cls(
                business_id,
                name,
                type_,
                geo_point,
                address,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"business_id", "name", "type", "geo_point", "address"}
            }
            location.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[Location] | None = (
    Location
    if {field.name for field in _attrs_fields(Location)}
    == {"business_id", "name", "type_", "geo_point", "address", "additional_properties"}
    and not hasattr(Location, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
