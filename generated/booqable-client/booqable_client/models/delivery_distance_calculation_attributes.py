from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.delivery_distance_calculation_distance_unit import DeliveryDistanceCalculationDistanceUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryDistanceCalculationAttributes")


@_attrs_define
class DeliveryDistanceCalculationAttributes:
    """Attributes of a delivery distance calculation as read from the API. `required` lists the attributes Booqable always
    sends; a sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not
    sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        distance = self.distance
        if distance is not UNSET:
            field_dict["distance"] = distance
        distance_unit: str | Unset = UNSET
        if not isinstance(self.distance_unit, Unset):
            distance_unit = self.distance_unit.value

        if distance_unit is not UNSET:
            field_dict["distance_unit"] = distance_unit
        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)
        if location_id is not UNSET:
            field_dict["location_id"] = location_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DeliveryDistanceCalculationAttributes)", d)
            d = dict(d)
        n__absent = 0
        distance = d.get("distance", UNSET)
        if not (type(distance) is float or type(distance) is int):
            if distance is UNSET:
                n__absent += 1
            elif not (
                isinstance(distance, float)
                or (isinstance(distance, int) and distance is not True and distance is not False)
            ):
                raise FieldError("number", distance, "distance")

        _distance_unit = d.get("distance_unit", UNSET)
        distance_unit: DeliveryDistanceCalculationDistanceUnit | Unset = UNSET
        if type(_distance_unit) is str:
            distance_unit = DeliveryDistanceCalculationDistanceUnit._by__value.get(
                _distance_unit
            ) or DeliveryDistanceCalculationDistanceUnit(_distance_unit)
        elif isinstance(_distance_unit, str):
            distance_unit = DeliveryDistanceCalculationDistanceUnit(_distance_unit)
        elif _distance_unit is not UNSET:
            raise FieldError("string (DeliveryDistanceCalculationDistanceUnit)", _distance_unit, "distance_unit")

        if distance_unit is UNSET:
            n__absent += 1

        _location_id = d.get("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = parse_uuid(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        if location_id is UNSET:
            n__absent += 1

        if cls is _plain__class:
            delivery_distance_calculation_attributes = _new__object(cls)
            delivery_distance_calculation_attributes.distance = distance
            delivery_distance_calculation_attributes.distance_unit = distance_unit
            delivery_distance_calculation_attributes.location_id = location_id
            delivery_distance_calculation_attributes.additional_properties = {}
        else:
            delivery_distance_calculation_attributes = cls(
                distance,
                distance_unit,
                location_id,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"distance", "distance_unit", "location_id"}
            }
            delivery_distance_calculation_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[DeliveryDistanceCalculationAttributes] | None = (
    DeliveryDistanceCalculationAttributes
    if {field.name for field in _attrs_fields(DeliveryDistanceCalculationAttributes)}
    == {"distance", "distance_unit", "location_id", "additional_properties"}
    and not hasattr(DeliveryDistanceCalculationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
