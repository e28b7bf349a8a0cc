from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shift import Shift


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
        from ..models.shift import Shift  # noqa: PLC0415

        d = dict(src_dict)
        index = d.pop("index")

        shifts = []
        _shifts = d.pop("shifts")
        for shifts_item_data in _shifts:
            shifts_item = Shift.from_dict(shifts_item_data)

            shifts.append(shifts_item)

        acceptable_additional_work_time = d.pop("acceptable_additional_work_time", UNSET)

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
