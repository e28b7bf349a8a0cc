from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="Actual")


@_attrs_define
class Actual:
    """Time an employee really worked during a finished shift; it must lie in the past.

    Attributes:
        start (datetime.datetime):  Example: 2024-01-02T06:00:00Z.
        end (datetime.datetime):  Example: 2024-01-02T14:30:00Z.
        id (str | Unset): Identifier the application assigned on creation. Example:
            d2c6013e-9194-46ac-a44c-855abf1176ca.
        worked_time (str | Unset): Time actually worked (ISO 8601 duration). Example: PT8H.
    """

    start: datetime.datetime
    end: datetime.datetime
    id: str | Unset = UNSET
    worked_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        start = self.start.isoformat() if self.start.tzinfo is not None else _naive__datetime("start")
        field_dict["start"] = start
        end = self.end.isoformat() if self.end.tzinfo is not None else _naive__datetime("end")
        field_dict["end"] = end
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        worked_time = self.worked_time
        if worked_time is not UNSET:
            field_dict["worked_time"] = worked_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Actual)", d)
            d = dict(d)
        n__absent = 0
        _start = d.get("start", UNSET)
        try:
            start = _datetime__parse(_start)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _start, "start") from None

        _end = d.get("end", UNSET)
        try:
            end = _datetime__parse(_end)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _end, "end") from None

        id = d.get("id", UNSET)
        if not (type(id) is str):
            if id is UNSET:
                n__absent += 1
            elif not isinstance(id, str):
                raise FieldError("string", id, "id")

        worked_time = d.get("worked_time", UNSET)
        if not (type(worked_time) is str):
            if worked_time is UNSET:
                n__absent += 1
            elif not isinstance(worked_time, str):
                raise FieldError("string", worked_time, "worked_time")

        if cls is _plain__class:
            actual = _new__object(cls)
            actual.start = start
            actual.end = end
            actual.id = id
            actual.worked_time = worked_time
            actual.additional_properties = {}
        else:
            actual = cls(
                start,
                end,
                id,
                worked_time,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"start", "end", "id", "worked_time"}
            }
            actual.additional_properties = extra__props
        return actual

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


_plain__class: type[Actual] | None = (
    Actual
    if {field.name for field in _attrs_fields(Actual)} == {"start", "end", "id", "worked_time", "additional_properties"}
    and not hasattr(Actual, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
