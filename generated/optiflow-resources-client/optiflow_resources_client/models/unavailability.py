from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Unavailability")


@_attrs_define
class Unavailability:
    """A period in which an employee or a transport resource cannot be planned.

    Attributes:
        start (datetime.datetime):  Example: 2024-01-08T00:00:00Z.
        end (datetime.datetime):  Example: 2024-01-13T00:00:00Z.
        id (str | Unset): Identifier the application assigned on creation. Example:
            5a4e8c43-80c0-4d5b-8f7e-32ec94f25d79.
        reason (str | Unset): Free-text reason. Example: holiday.
    """

    start: datetime.datetime
    end: datetime.datetime
    id: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        end = self.end.isoformat()

        id = self.id

        reason = self.reason

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
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Unavailability)", src_dict)
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

        reason = d.pop("reason", UNSET)
        if not isinstance(reason, str) and reason is not UNSET:
            raise FieldError("string", reason, "reason")

        unavailability = cls(
            start=start,
            end=end,
            id=id,
            reason=reason,
        )

        unavailability.additional_properties = d
        return unavailability

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
