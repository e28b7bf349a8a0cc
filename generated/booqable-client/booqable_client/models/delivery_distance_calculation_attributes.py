from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.delivery_distance_calculation_distance_unit import DeliveryDistanceCalculationDistanceUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryDistanceCalculationAttributes")


@_attrs_define
class DeliveryDistanceCalculationAttributes:
    """Attributes of a delivery distance calculation as read from the API. Every attribute is optional because sparse
    fieldsets (`fields[...]`) can leave any of them out.

        Attributes:
            distance (float | Unset):
            distance_unit (DeliveryDistanceCalculationDistanceUnit | Unset): Values of `distance_unit` on delivery distance
                calculations.
            location_id (UUID | Unset): ID of the related location.
    """

    distance: float | Unset = UNSET
    distance_unit: DeliveryDistanceCalculationDistanceUnit | Unset = UNSET
    location_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distance = self.distance

        distance_unit: str | Unset = UNSET
        if not isinstance(self.distance_unit, Unset):
            distance_unit = self.distance_unit.value

        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distance is not UNSET:
            field_dict["distance"] = distance
        if distance_unit is not UNSET:
            field_dict["distance_unit"] = distance_unit
        if location_id is not UNSET:
            field_dict["location_id"] = location_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DeliveryDistanceCalculationAttributes)", src_dict)
        d = dict(src_dict)
        distance = d.pop("distance", UNSET)
        if (
            not (
                isinstance(distance, float)
                or (isinstance(distance, int) and distance is not True and distance is not False)
            )
            and distance is not UNSET
        ):
            raise FieldError("number", distance, "distance")

        _distance_unit = d.pop("distance_unit", UNSET)
        distance_unit: DeliveryDistanceCalculationDistanceUnit | Unset = UNSET
        if isinstance(_distance_unit, str):
            distance_unit = DeliveryDistanceCalculationDistanceUnit(_distance_unit)
        elif _distance_unit is not UNSET:
            raise FieldError("string (DeliveryDistanceCalculationDistanceUnit)", _distance_unit, "distance_unit")

        _location_id = d.pop("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = UUID(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        delivery_distance_calculation_attributes = cls(
            distance=distance,
            distance_unit=distance_unit,
            location_id=location_id,
        )

        delivery_distance_calculation_attributes.additional_properties = d
        return delivery_distance_calculation_attributes

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
