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

T = TypeVar("T", bound="Place")


@_attrs_define
class Place:
    """Where a planned item takes place.

    Attributes:
        address (str | Unset):
        zip_ (str | Unset):
        city (str | Unset):
    """

    address: str | Unset = UNSET
    zip_: str | Unset = UNSET
    city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        address = self.address
        if address is not UNSET:
            field_dict["address"] = address
        zip_ = self.zip_
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        city = self.city
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Place)", d)
            d = dict(d)
        n__absent = 0
        address = d.get("address", UNSET)
        if not (type(address) is str):
            if address is UNSET:
                n__absent += 1
            elif not isinstance(address, str):
                raise FieldError("string", address, "address")

        zip_ = d.get("zip", UNSET)
        if not (type(zip_) is str):
            if zip_ is UNSET:
                n__absent += 1
            elif not isinstance(zip_, str):
                raise FieldError("string", zip_, "zip")

        city = d.get("city", UNSET)
        if not (type(city) is str):
            if city is UNSET:
                n__absent += 1
            elif not isinstance(city, str):
                raise FieldError("string", city, "city")

        if cls is _plain__class:
            place = _new__object(cls)
            place.address = address
            place.zip_ = zip_
            place.city = city
            place.additional_properties = {}
        else:
            place = cls(
                address,
                zip_,
                city,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"address", "zip", "city"}
            }
            place.additional_properties = extra__props
        return place

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


_plain__class: type[Place] | None = (
    Place
    if {field.name for field in _attrs_fields(Place)} == {"address", "zip_", "city", "additional_properties"}
    and not hasattr(Place, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
