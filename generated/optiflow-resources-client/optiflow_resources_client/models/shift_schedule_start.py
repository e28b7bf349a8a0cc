from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_date as _date__parse
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        start_date = self.start_date.isoformat()
        field_dict["start_date"] = start_date
        field_dict["start_week"] = self.start_week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ShiftScheduleStart)", d)
            d = dict(d)
        _start_date = d.get("start_date", UNSET)
        try:
            start_date = _date__parse(_start_date)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date", _start_date, "start_date") from None

        start_week = d.get("start_week", UNSET)
        if not (type(start_week) is int) and not (
            isinstance(start_week, int) and start_week is not True and start_week is not False
        ):
            raise FieldError("integer", start_week, "start_week")

        if cls is _plain__class:
            shift_schedule_start = _new__object(cls)
            shift_schedule_start.start_date = start_date
            shift_schedule_start.start_week = start_week
            shift_schedule_start.additional_properties = {}
        else:
            shift_schedule_start = cls(
                start_date,
                start_week,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"start_date", "start_week"}
            }
            shift_schedule_start.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ShiftScheduleStart] | None = (
    ShiftScheduleStart
    if {field.name for field in _attrs_fields(ShiftScheduleStart)}
    == {"start_date", "start_week", "additional_properties"}
    and not hasattr(ShiftScheduleStart, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
