from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.end_location import EndLocation
    from ..models.shift_start import ShiftStart
    from ..models.shift_start_location import ShiftStartLocation
    from ..models.shift_stop import ShiftStop

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, EndLocation, ShiftStart, ShiftStartLocation, ShiftStop  # noqa: PLW0603
    from ..models.end_location import EndLocation  # noqa: PLC0415
    from ..models.shift_start import ShiftStart  # noqa: PLC0415
    from ..models.shift_start_location import ShiftStartLocation  # noqa: PLC0415
    from ..models.shift_stop import ShiftStop  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Shift")


@_attrs_define
class Shift:
    """One recurring shift within a week.

    Attributes:
        start (ShiftStart): The range in which the shift may start.
        stop (ShiftStop | Unset): Optional limits on when the shift ends.
        mandatory (bool | Unset): Whether the resulting combination must be used when planning. Default: False. Example:
            True.
        start_location (ShiftStartLocation | Unset): Where this shift starts instead of the employee's own start
            location. Give either `home_base` or `address`.
        end_location (EndLocation | Unset): [EXPERIMENTAL] Where the shift ends. Left out, the employee returns to the
            start location. Set exactly one of `address`, `home_base` and `at_last_activity`.
        contractual_work_time (str | Unset): [EXPERIMENTAL] Time (ISO 8601 duration, zero or more) the employee is
            contracted to work in this shift, used to report over- and under-time; planning itself uses the stop durations.
            When given, give it on every shift of the schedule and acceptable_additional_work_time on every week. Example:
            PT8H.
    """

    start: ShiftStart
    stop: ShiftStop | Unset = UNSET
    mandatory: bool | Unset = False
    start_location: ShiftStartLocation | Unset = UNSET
    end_location: EndLocation | Unset = UNSET
    contractual_work_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        start = self.start.to_dict()

        stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop.to_dict()

        mandatory = self.mandatory

        start_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_location, Unset):
            start_location = self.start_location.to_dict()

        end_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_location, Unset):
            end_location = self.end_location.to_dict()

        contractual_work_time = self.contractual_work_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
            }
        )
        if stop is not UNSET:
            field_dict["stop"] = stop
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        if end_location is not UNSET:
            field_dict["end_location"] = end_location
        if contractual_work_time is not UNSET:
            field_dict["contractual_work_time"] = contractual_work_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Shift)", src_dict)
        d = dict(src_dict)
        try:
            start = ShiftStart.from_dict(d.pop("start", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start")
            raise

        _stop = d.pop("stop", UNSET)
        stop: ShiftStop | Unset = UNSET
        if _stop is not UNSET:
            try:
                stop = ShiftStop.from_dict(_stop)
            except FieldError as field__error:
                field__error.segments.append("stop")
                raise

        mandatory = d.pop("mandatory", UNSET)
        if not isinstance(mandatory, bool) and mandatory is not UNSET:
            raise FieldError("boolean", mandatory, "mandatory")

        _start_location = d.pop("start_location", UNSET)
        start_location: ShiftStartLocation | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = ShiftStartLocation.from_dict(_start_location)
            except FieldError as field__error:
                field__error.segments.append("start_location")
                raise

        _end_location = d.pop("end_location", UNSET)
        end_location: EndLocation | Unset = UNSET
        if _end_location is not UNSET:
            try:
                end_location = EndLocation.from_dict(_end_location)
            except FieldError as field__error:
                field__error.segments.append("end_location")
                raise

        contractual_work_time = d.pop("contractual_work_time", UNSET)
        if not isinstance(contractual_work_time, str) and contractual_work_time is not UNSET:
            raise FieldError("string", contractual_work_time, "contractual_work_time")

        shift = cls(
            start=start,
            stop=stop,
            mandatory=mandatory,
            start_location=start_location,
            end_location=end_location,
            contractual_work_time=contractual_work_time,
        )

        shift.additional_properties = d
        return shift

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
