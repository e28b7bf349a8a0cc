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
    from ..models.location_address import LocationAddress

_refs__resolved = False
_from_dict__LocationAddress: Callable[[Mapping[str, Any]], LocationAddress]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, LocationAddress  # noqa: PLW0603
    global _from_dict__LocationAddress  # noqa: PLW0603
    from ..models.location_address import LocationAddress  # noqa: PLC0415

    _from_dict__LocationAddress = LocationAddress.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="AvailabilityStartLocation")


@_attrs_define
class AvailabilityStartLocation:
    """Where the employee starts this availability, overriding the employee's start location or home base. With an ad-hoc
    address the employee is only combined with transport resources starting at a location of the same name (unless a
    journey is under way).

        Attributes:
            address (LocationAddress | Unset): An ad-hoc, named location. Resources are matched on the name, so use the same
                name for the same place.
    """

    address: LocationAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

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
                raise FieldError("object (AvailabilityStartLocation)", d)
            d = dict(d)
        n__absent = 0
        _address = d.get("address", UNSET)
        address: LocationAddress | Unset = UNSET
        if _address is not UNSET:
            try:
                address = _from_dict__LocationAddress(_address)
            except FieldError as field__error:
                field__error.segments.append("address")
                raise

        if address is UNSET:
            n__absent += 1

        if cls is _plain__class:
            availability_start_location = _new__object(cls)
            availability_start_location.address = address
            availability_start_location.additional_properties = {}
        else:
            availability_start_location = cls(
                address,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"address"}
            }
            availability_start_location.additional_properties = extra__props
        return availability_start_location

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


_plain__class: type[AvailabilityStartLocation] | None = (
    AvailabilityStartLocation
    if {field.name for field in _attrs_fields(AvailabilityStartLocation)} == {"address", "additional_properties"}
    and not hasattr(AvailabilityStartLocation, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
