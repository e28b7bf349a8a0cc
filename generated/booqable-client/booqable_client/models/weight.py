from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.weight_unit import WeightUnit
from ..types import UNSET, Unset

T = TypeVar("T", bound="Weight")


@_attrs_define
class Weight:
    """A weight with its unit.

    Attributes:
        value (float | None | Unset):
        unit (WeightUnit | Unset): Unit of a weight.
    """

    value: float | None | Unset = UNSET
    unit: WeightUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value
        if value is not UNSET:
            field_dict["value"] = value
        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Weight)", d)
            d = dict(d)
        n__absent = 0
        value = d.get("value", UNSET)
        if not ((type(value) is float or type(value) is int) or value is None):
            if value is UNSET:
                n__absent += 1
            elif not (
                (isinstance(value, float) or (isinstance(value, int) and value is not True and value is not False))
                or value is None
            ):
                raise FieldError("number or null", value, "value")

        _unit = d.get("unit", UNSET)
        unit: WeightUnit | Unset = UNSET
        if type(_unit) is str:
            unit = WeightUnit._by__value.get(_unit) or WeightUnit(_unit)
        elif isinstance(_unit, str):
            unit = WeightUnit(_unit)
        elif _unit is not UNSET:
            raise FieldError("string (WeightUnit)", _unit, "unit")

        if unit is UNSET:
            n__absent += 1

        if cls is _plain__class:
            weight = _new__object(cls)
            weight.value = value
            weight.unit = unit
            weight.additional_properties = {}
        else:
            weight = cls(
                value,
                unit,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"value", "unit"}
            }
            weight.additional_properties = extra__props
        return weight

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


_plain__class: type[Weight] | None = (
    Weight
    if {field.name for field in _attrs_fields(Weight)} == {"value", "unit", "additional_properties"}
    and not hasattr(Weight, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
