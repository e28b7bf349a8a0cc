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
    from ..models.shift import Shift

_refs__resolved = False
_from_dict__Shift: Callable[[Mapping[str, Any]], Shift]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Shift  # noqa: PLW0603
    global _from_dict__Shift  # noqa: PLW0603
    from ..models.shift import Shift  # noqa: PLC0415

    _from_dict__Shift = Shift.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="RecurrencePeriod")


@_attrs_define
class RecurrencePeriod:
    """The shifts of one calendar week of a shift schedule.

    Attributes:
        index (int): One-based position of this week in the pattern; indices run without gaps. Example: 1.
        shifts (list[Shift]): Shifts of this week; empty for a recurring week off. Shifts may not overlap, neither
            within the week nor with the neighbouring weeks (the last week wraps to the first).
        acceptable_additional_work_time (str | Unset): [EXPERIMENTAL] Extra time (ISO 8601 duration, strictly positive)
            the employee accepts to work this week on top of the contractual time. Requires contractual_work_time on every
            shift of the week. Example: PT4H.
    """

    index: int
    shifts: list[Shift]
    acceptable_additional_work_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["index"] = self.index
        shifts = []
        for shifts_item_data in self.shifts:
            shifts_item = shifts_item_data.to_dict()
            shifts.append(shifts_item)

        field_dict["shifts"] = shifts
        acceptable_additional_work_time = self.acceptable_additional_work_time
        if acceptable_additional_work_time is not UNSET:
            field_dict["acceptable_additional_work_time"] = acceptable_additional_work_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RecurrencePeriod)", d)
            d = dict(d)
        n__absent = 0
        index = d.get("index", UNSET)
        if not (type(index) is int) and not (isinstance(index, int) and index is not True and index is not False):
            raise FieldError("integer", index, "index")

        _shifts = d.get("shifts", UNSET)
        if isinstance(_shifts, list):
            shifts = []
            try:
                for shifts_item_data in _shifts:
                    shifts_item = _from_dict__Shift(shifts_item_data)

                    shifts.append(shifts_item)
            except FieldError as field__error:
                field__error.segments.append(len(shifts))
                field__error.segments.append("shifts")
                raise
        else:
            raise FieldError("array", _shifts, "shifts")

        acceptable_additional_work_time = d.get("acceptable_additional_work_time", UNSET)
        if not (type(acceptable_additional_work_time) is str):
            if acceptable_additional_work_time is UNSET:
                n__absent += 1
            elif not isinstance(acceptable_additional_work_time, str):
                raise FieldError("string", acceptable_additional_work_time, "acceptable_additional_work_time")

        if cls is _plain__class:
            recurrence_period = _new__object(cls)
            recurrence_period.index = index
            recurrence_period.shifts = shifts
            recurrence_period.acceptable_additional_work_time = acceptable_additional_work_time
            recurrence_period.additional_properties = {}
        else:
            recurrence_period = cls(
                index,
                shifts,
                acceptable_additional_work_time,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"index", "shifts", "acceptable_additional_work_time"}
            }
            recurrence_period.additional_properties = extra__props
        return recurrence_period

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


_plain__class: type[RecurrencePeriod] | None = (
    RecurrencePeriod
    if {field.name for field in _attrs_fields(RecurrencePeriod)}
    == {"index", "shifts", "acceptable_additional_work_time", "additional_properties"}
    and not hasattr(RecurrencePeriod, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
