from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["time"] = self.time
        day = self.day.value
        field_dict["day"] = day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TimeInWeek)", d)
            d = dict(d)
        time = d.get("time", UNSET)
        if not (type(time) is str) and not isinstance(time, str):
            raise FieldError("string", time, "time")

        _day = d.get("day", UNSET)
        if type(_day) is str:
            day = DayOfWeek._by__value.get(_day) or DayOfWeek(_day)
        elif isinstance(_day, str):
            day = DayOfWeek(_day)
        else:
            raise FieldError("string (DayOfWeek)", _day, "day")

        if cls is _plain__class:
            time_in_week = _new__object(cls)
            time_in_week.time = time
            time_in_week.day = day
            time_in_week.additional_properties = {}
        else:
            time_in_week = cls(
                time,
                day,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"time", "day"}
            }
            time_in_week.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[TimeInWeek] | None = (
    TimeInWeek
    if {field.name for field in _attrs_fields(TimeInWeek)} == {"time", "day", "additional_properties"}
    and not hasattr(TimeInWeek, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
