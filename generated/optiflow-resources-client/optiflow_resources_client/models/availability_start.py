from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailabilityStart")


@_attrs_define
class AvailabilityStart:
    """The range in which the employee may start.

    Attributes:
        earliest (datetime.datetime):  Example: 2024-01-02T06:00:00Z.
        window (str | Unset): How long after `earliest` the start may be (ISO 8601 duration). Example: PT2H.
    """

    earliest: datetime.datetime
    window: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earliest = self.earliest.isoformat()

        window = self.window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earliest": earliest,
            }
        )
        if window is not UNSET:
            field_dict["window"] = window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AvailabilityStart)", src_dict)
        d = dict(src_dict)
        _earliest = d.pop("earliest", UNSET)
        try:
            earliest = datetime.datetime.fromisoformat(_earliest)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _earliest, "earliest") from None

        window = d.pop("window", UNSET)
        if not isinstance(window, str) and window is not UNSET:
            raise FieldError("string", window, "window")

        availability_start = cls(
            earliest=earliest,
            window=window,
        )

        availability_start.additional_properties = d
        return availability_start

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
