from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError

T = TypeVar("T", bound="StatSums")


@_attrs_define
class StatSums:
    """Sums per value of a field."""

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StatSums)", src_dict)
        d = dict(src_dict)
        stat_sums = cls()

        for prop_name, prop_value in d.items():
            if not (
                isinstance(prop_value, float)
                or (isinstance(prop_value, int) and prop_value is not True and prop_value is not False)
            ):
                raise FieldError("number", prop_value, prop_name)
        stat_sums.additional_properties = d
        return stat_sums

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
