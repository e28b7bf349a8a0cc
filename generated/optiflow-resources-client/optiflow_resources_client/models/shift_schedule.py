from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recurrence_period import RecurrencePeriod
    from ..models.shift_schedule_start import ShiftScheduleStart

_refs__resolved = False
_from_dict__RecurrencePeriod: Callable[[Mapping[str, Any]], RecurrencePeriod]
_from_dict__ShiftScheduleStart: Callable[[Mapping[str, Any]], ShiftScheduleStart]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, RecurrencePeriod, ShiftScheduleStart  # noqa: PLW0603
    global _from_dict__RecurrencePeriod, _from_dict__ShiftScheduleStart  # noqa: PLW0603
    from ..models.recurrence_period import RecurrencePeriod  # noqa: PLC0415
    from ..models.shift_schedule_start import ShiftScheduleStart  # noqa: PLC0415

    _from_dict__RecurrencePeriod = RecurrencePeriod.from_dict
    _from_dict__ShiftScheduleStart = ShiftScheduleStart.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        start = self.start.to_dict()
        field_dict["start"] = start
        templates = []
        for templates_item_data in self.templates:
            templates_item = templates_item_data.to_dict()
            templates.append(templates_item)

        field_dict["templates"] = templates
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ShiftSchedule)", d)
            d = dict(d)
        n__absent = 0
        try:
            start = _from_dict__ShiftScheduleStart(d.get("start", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start")
            raise

        _templates = d.get("templates", UNSET)
        if isinstance(_templates, list):
            templates = []
            try:
                for templates_item_data in _templates:
                    templates_item = _from_dict__RecurrencePeriod(templates_item_data)

                    templates.append(templates_item)
            except FieldError as field__error:
                field__error.segments.append(len(templates))
                field__error.segments.append("templates")
                raise
        else:
            raise FieldError("array", _templates, "templates")

        id = d.get("id", UNSET)
        if not (type(id) is str):
            if id is UNSET:
                n__absent += 1
            elif not isinstance(id, str):
                raise FieldError("string", id, "id")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        if cls is _plain__class:
            shift_schedule = _new__object(cls)
            shift_schedule.start = start
            shift_schedule.templates = templates
            shift_schedule.id = id
            shift_schedule.name = name
            shift_schedule.additional_properties = {}
        else:
            shift_schedule = cls(
                start,
                templates,
                id,
                name,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"start", "templates", "id", "name"}
            }
            shift_schedule.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ShiftSchedule] | None = (
    ShiftSchedule
    if {field.name for field in _attrs_fields(ShiftSchedule)}
    == {"start", "templates", "id", "name", "additional_properties"}
    and not hasattr(ShiftSchedule, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
