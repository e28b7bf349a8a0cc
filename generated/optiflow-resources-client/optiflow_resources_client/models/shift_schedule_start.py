from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

T = TypeVar("T", bound="ShiftScheduleStart")


@_attrs_define
class ShiftScheduleStart:
    """When the schedule takes effect and in which week of the pattern it begins.

    Attributes:
        start_date (datetime.date): First day the schedule applies. Example: 2014-08-16.
        start_week (int): One-based index of the template the schedule begins with; lets a multi-week pattern line up
            with, say, even and odd calendar weeks. Must be one of the template indices. Example: 1.
    """

    start_date: datetime.date
    start_week: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        start_week = self.start_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_date": start_date,
                "start_week": start_week,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ShiftScheduleStart)", src_dict)
        d = dict(src_dict)
        _start_date = d.pop("start_date", UNSET)
        try:
            start_date = datetime.date.fromisoformat(_start_date)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date", _start_date, "start_date") from None

        start_week = d.pop("start_week", UNSET)
        if not (isinstance(start_week, int) and start_week is not True and start_week is not False):
            raise FieldError("integer", start_week, "start_week")

        shift_schedule_start = cls(
            start_date=start_date,
            start_week=start_week,
        )

        shift_schedule_start.additional_properties = d
        return shift_schedule_start

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
