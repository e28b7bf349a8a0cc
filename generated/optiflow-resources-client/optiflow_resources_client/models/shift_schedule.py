from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurrence_period import RecurrencePeriod
    from ..models.shift_schedule_start import ShiftScheduleStart

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, RecurrencePeriod, ShiftScheduleStart  # noqa: PLW0603
    from ..models.recurrence_period import RecurrencePeriod  # noqa: PLC0415
    from ..models.shift_schedule_start import ShiftScheduleStart  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="ShiftSchedule")


@_attrs_define
class ShiftSchedule:
    """A weekly recurrence pattern of shifts for one employee.

    Attributes:
        start (ShiftScheduleStart): When the schedule takes effect and in which week of the pattern it begins.
        templates (list[RecurrencePeriod]): One entry per calendar week (Monday to Sunday) of the pattern.
        id (str | Unset): Identifier the application assigned when the schedule was created. Example:
            f22896d0-ed42-4a14-a935-7a29072bc5ac.
        name (str | Unset): Optional label of the schedule. Example: Standard 38H.
    """

    start: ShiftScheduleStart
    templates: list[RecurrencePeriod]
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        start = self.start.to_dict()

        templates = []
        for templates_item_data in self.templates:
            templates_item = templates_item_data.to_dict()
            templates.append(templates_item)

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "templates": templates,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ShiftSchedule)", src_dict)
        d = dict(src_dict)
        try:
            start = ShiftScheduleStart.from_dict(d.pop("start", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start")
            raise

        _templates = d.pop("templates", UNSET)
        if isinstance(_templates, list):
            templates = []
            try:
                for templates_item_data in _templates:
                    templates_item = RecurrencePeriod.from_dict(templates_item_data)

                    templates.append(templates_item)
            except FieldError as field__error:
                field__error.segments.append(len(templates))
                field__error.segments.append("templates")
                raise
        else:
            raise FieldError("array", _templates, "templates")

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            raise FieldError("string", id, "id")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        shift_schedule = cls(
            start=start,
            templates=templates,
            id=id,
            name=name,
        )

        shift_schedule.additional_properties = d
        return shift_schedule

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
