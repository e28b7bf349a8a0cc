from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charging_location import ChargingLocation


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
        from ..models.charging_location import ChargingLocation  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        business_id = d.pop("business_id", UNSET)

        _charging_locations = d.pop("charging_locations", UNSET)
        charging_locations: list[ChargingLocation] | Unset = UNSET
        if _charging_locations is not UNSET:
            charging_locations = []
            for charging_locations_item_data in _charging_locations:
                charging_locations_item = ChargingLocation.from_dict(charging_locations_item_data)

                charging_locations.append(charging_locations_item)

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
