from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charging_location import ChargingLocation

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, ChargingLocation  # noqa: PLW0603
    from ..models.charging_location import ChargingLocation  # noqa: PLC0415

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
        name = self.name

        business_id = self.business_id

        charging_locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charging_locations, Unset):
            charging_locations = []
            for charging_locations_item_data in self.charging_locations:
                charging_locations_item = charging_locations_item_data.to_dict()
                charging_locations.append(charging_locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if charging_locations is not UNSET:
            field_dict["charging_locations"] = charging_locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ChargingLocationSet)", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str):
            raise FieldError("string", name, "name")

        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        _charging_locations = d.pop("charging_locations", UNSET)
        charging_locations: list[ChargingLocation] | Unset = UNSET
        if isinstance(_charging_locations, list):
            charging_locations = []
            try:
                for charging_locations_item_data in _charging_locations:
                    charging_locations_item = ChargingLocation.from_dict(charging_locations_item_data)

                    charging_locations.append(charging_locations_item)
            except FieldError as field__error:
                field__error.segments.append(len(charging_locations))
                field__error.segments.append("charging_locations")
                raise
        elif _charging_locations is not UNSET:
            raise FieldError("array", _charging_locations, "charging_locations")

        charging_location_set = cls(
            name=name,
            business_id=business_id,
            charging_locations=charging_locations,
        )

        charging_location_set.additional_properties = d
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
