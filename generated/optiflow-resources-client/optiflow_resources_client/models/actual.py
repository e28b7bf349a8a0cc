from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        start = self.start.isoformat()

        end = self.end.isoformat()

        id = self.id

        worked_time = self.worked_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if worked_time is not UNSET:
            field_dict["worked_time"] = worked_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Actual)", src_dict)
        d = dict(src_dict)
        _start = d.pop("start", UNSET)
        try:
            start = datetime.datetime.fromisoformat(_start)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _start, "start") from None

        _end = d.pop("end", UNSET)
        try:
            end = datetime.datetime.fromisoformat(_end)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("date-time", _end, "end") from None

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            raise FieldError("string", id, "id")

        worked_time = d.pop("worked_time", UNSET)
        if not isinstance(worked_time, str) and worked_time is not UNSET:
            raise FieldError("string", worked_time, "worked_time")

        actual = cls(
            start=start,
            end=end,
            id=id,
            worked_time=worked_time,
        )

        actual.additional_properties = d
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
