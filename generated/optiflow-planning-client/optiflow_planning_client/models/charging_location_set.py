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
    from ..models.charging_location import ChargingLocation

_refs__resolved = False
_from_dict__ChargingLocation: Callable[[Mapping[str, Any]], ChargingLocation]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ChargingLocation  # noqa: PLW0603
    global _from_dict__ChargingLocation  # noqa: PLW0603
    from ..models.charging_location import ChargingLocation  # noqa: PLC0415

    _from_dict__ChargingLocation = ChargingLocation.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="ChargingLocationSet")


@_attrs_define
class ChargingLocationSet:
    """A named collection of places where electric vehicles can charge.

    Attributes:
        name (str): Name of the set. Example: Flanders charging locations.
        business_id (str | Unset): Identifier of the set (the `id` of the path). Example: flanders-charging-locations.
        charging_locations (list[ChargingLocation] | Unset): The charging locations of the set.
    """

    name: str
    business_id: str | Unset = UNSET
    charging_locations: list[ChargingLocation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["name"] = self.name
        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        charging_locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charging_locations, Unset):
            charging_locations = []
            for charging_locations_item_data in self.charging_locations:
                charging_locations_item = charging_locations_item_data.to_dict()
                charging_locations.append(charging_locations_item)

        if charging_locations is not UNSET:
            field_dict["charging_locations"] = charging_locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ChargingLocationSet)", d)
            d = dict(d)
        n__absent = 0
        name = d.get("name", UNSET)
        if not (type(name) is str) and not isinstance(name, str):
            raise FieldError("string", name, "name")

        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        _charging_locations = d.get("charging_locations", UNSET)
        charging_locations: list[ChargingLocation] | Unset = UNSET
        if isinstance(_charging_locations, list):
            charging_locations = []
            try:
                for charging_locations_item_data in _charging_locations:
                    charging_locations_item = _from_dict__ChargingLocation(charging_locations_item_data)

                    charging_locations.append(charging_locations_item)
            except FieldError as field__error:
                field__error.segments.append(len(charging_locations))
                field__error.segments.append("charging_locations")
                raise
        elif _charging_locations is not UNSET:
            raise FieldError("array", _charging_locations, "charging_locations")

        if charging_locations is UNSET:
            n__absent += 1

        if cls is _plain__class:
            charging_location_set = _new__object(cls)
            charging_location_set.name = name
            charging_location_set.business_id = business_id
            charging_location_set.charging_locations = charging_locations
            charging_location_set.additional_properties = {}
        else:
            charging_location_set = cls(
                name,
                business_id,
                charging_locations,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"name", "business_id", "charging_locations"}
            }
            charging_location_set.additional_properties = extra__props
        return charging_location_set

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


_plain__class: type[ChargingLocationSet] | None = (
    ChargingLocationSet
    if {field.name for field in _attrs_fields(ChargingLocationSet)}
    == {"name", "business_id", "charging_locations", "additional_properties"}
    and not hasattr(ChargingLocationSet, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
