from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shift import Shift

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Shift  # noqa: PLW0603
    from ..models.shift import Shift  # noqa: PLC0415

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
        index = self.index

        shifts = []
        for shifts_item_data in self.shifts:
            shifts_item = shifts_item_data.to_dict()
            shifts.append(shifts_item)

        acceptable_additional_work_time = self.acceptable_additional_work_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "shifts": shifts,
            }
        )
        if acceptable_additional_work_time is not UNSET:
            field_dict["acceptable_additional_work_time"] = acceptable_additional_work_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (RecurrencePeriod)", src_dict)
        d = dict(src_dict)
        index = d.pop("index", UNSET)
        if not (isinstance(index, int) and index is not True and index is not False):
            raise FieldError("integer", index, "index")

        _shifts = d.pop("shifts", UNSET)
        if isinstance(_shifts, list):
            shifts = []
            try:
                for shifts_item_data in _shifts:
                    shifts_item = Shift.from_dict(shifts_item_data)

                    shifts.append(shifts_item)
            except FieldError as field__error:
                field__error.segments.append(len(shifts))
                field__error.segments.append("shifts")
                raise
        else:
            raise FieldError("array", _shifts, "shifts")

        acceptable_additional_work_time = d.pop("acceptable_additional_work_time", UNSET)
        if not isinstance(acceptable_additional_work_time, str) and acceptable_additional_work_time is not UNSET:
            raise FieldError("string", acceptable_additional_work_time, "acceptable_additional_work_time")

        recurrence_period = cls(
            index=index,
            shifts=shifts,
            acceptable_additional_work_time=acceptable_additional_work_time,
        )

        recurrence_period.additional_properties = d
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
