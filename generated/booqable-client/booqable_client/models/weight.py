from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Weight)", src_dict)
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if (
            not (
                (isinstance(value, float) or (isinstance(value, int) and value is not True and value is not False))
                or value is None
            )
            and value is not UNSET
        ):
            raise FieldError("number or null", value, "value")

        _unit = d.pop("unit", UNSET)
        unit: WeightUnit | Unset = UNSET
        if isinstance(_unit, str):
            unit = WeightUnit(_unit)
        elif _unit is not UNSET:
            raise FieldError("string (WeightUnit)", _unit, "unit")

        weight = cls(
            value=value,
            unit=unit,
        )

        weight.additional_properties = d
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
