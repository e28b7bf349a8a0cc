from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShiftDuration")


@_attrs_define
class ShiftDuration:
    """Bounds on the length of the shift.

    Attributes:
        at_most (str): Longest length (ISO 8601 duration); positive, not below `start.window` nor `at_least`, and under
            seven days. Example: PT12H.
        at_least (str | Unset): Shortest length (ISO 8601 duration); positive and not below `start.window`. Example:
            PT8H.
    """

    at_most: str
    at_least: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at_most = self.at_most

        at_least = self.at_least

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at_most": at_most,
            }
        )
        if at_least is not UNSET:
            field_dict["at_least"] = at_least

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ShiftDuration)", src_dict)
        d = dict(src_dict)
        at_most = d.pop("at_most", UNSET)
        if not isinstance(at_most, str):
            raise FieldError("string", at_most, "at_most")

        at_least = d.pop("at_least", UNSET)
        if not isinstance(at_least, str) and at_least is not UNSET:
            raise FieldError("string", at_least, "at_least")

        shift_duration = cls(
            at_most=at_most,
            at_least=at_least,
        )

        shift_duration.additional_properties = d
        return shift_duration

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
