from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.day_of_week import DayOfWeek
from ..types import UNSET

T = TypeVar("T", bound="TimeInWeek")


@_attrs_define
class TimeInWeek:
    """A time of day on a day of the week.

    Attributes:
        time (str): Time of day as hh:mm, from 00:00 to 23:59. Example: 08:00.
        day (DayOfWeek): Day of the week.
    """

    time: str
    day: DayOfWeek
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        day = self.day.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "day": day,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TimeInWeek)", src_dict)
        d = dict(src_dict)
        time = d.pop("time", UNSET)
        if not isinstance(time, str):
            raise FieldError("string", time, "time")

        _day = d.pop("day", UNSET)
        if isinstance(_day, str):
            day = DayOfWeek(_day)
        else:
            raise FieldError("string (DayOfWeek)", _day, "day")

        time_in_week = cls(
            time=time,
            day=day,
        )

        time_in_week.additional_properties = d
        return time_in_week

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
