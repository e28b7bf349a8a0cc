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
    from ..models.end_location import EndLocation
    from ..models.shift_start import ShiftStart
    from ..models.shift_start_location import ShiftStartLocation
    from ..models.shift_stop import ShiftStop

_refs__resolved = False
_from_dict__EndLocation: Callable[[Mapping[str, Any]], EndLocation]
_from_dict__ShiftStart: Callable[[Mapping[str, Any]], ShiftStart]
_from_dict__ShiftStartLocation: Callable[[Mapping[str, Any]], ShiftStartLocation]
_from_dict__ShiftStop: Callable[[Mapping[str, Any]], ShiftStop]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, EndLocation, ShiftStart, ShiftStartLocation, ShiftStop  # noqa: PLW0603
    global _from_dict__EndLocation, _from_dict__ShiftStart, _from_dict__ShiftStartLocation, _from_dict__ShiftStop  # noqa: PLW0603
    from ..models.end_location import EndLocation  # noqa: PLC0415
    from ..models.shift_start import ShiftStart  # noqa: PLC0415
    from ..models.shift_start_location import ShiftStartLocation  # noqa: PLC0415
    from ..models.shift_stop import ShiftStop  # noqa: PLC0415

    _from_dict__EndLocation = EndLocation.from_dict
    _from_dict__ShiftStart = ShiftStart.from_dict
    _from_dict__ShiftStartLocation = ShiftStartLocation.from_dict
    _from_dict__ShiftStop = ShiftStop.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        start = self.start.to_dict()
        field_dict["start"] = start
        stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop.to_dict()
        if stop is not UNSET:
            field_dict["stop"] = stop
        mandatory = self.mandatory
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        start_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_location, Unset):
            start_location = self.start_location.to_dict()
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        end_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_location, Unset):
            end_location = self.end_location.to_dict()
        if end_location is not UNSET:
            field_dict["end_location"] = end_location
        contractual_work_time = self.contractual_work_time
        if contractual_work_time is not UNSET:
            field_dict["contractual_work_time"] = contractual_work_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Shift)", d)
            d = dict(d)
        n__absent = 0
        try:
            start = _from_dict__ShiftStart(d.get("start", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start")
            raise

        _stop = d.get("stop", UNSET)
        stop: ShiftStop | Unset = UNSET
        if _stop is not UNSET:
            try:
                stop = _from_dict__ShiftStop(_stop)
            except FieldError as field__error:
                field__error.segments.append("stop")
                raise

        if stop is UNSET:
            n__absent += 1

        mandatory = d.get("mandatory", UNSET)
        if not (mandatory is True or mandatory is False):
            if mandatory is UNSET:
                n__absent += 1
            elif not isinstance(mandatory, bool):
                raise FieldError("boolean", mandatory, "mandatory")

        _start_location = d.get("start_location", UNSET)
        start_location: ShiftStartLocation | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = _from_dict__ShiftStartLocation(_start_location)
            except FieldError as field__error:
                field__error.segments.append("start_location")
                raise

        if start_location is UNSET:
            n__absent += 1

        _end_location = d.get("end_location", UNSET)
        end_location: EndLocation | Unset = UNSET
        if _end_location is not UNSET:
            try:
                end_location = _from_dict__EndLocation(_end_location)
            except FieldError as field__error:
                field__error.segments.append("end_location")
                raise

        if end_location is UNSET:
            n__absent += 1

        contractual_work_time = d.get("contractual_work_time", UNSET)
        if not (type(contractual_work_time) is str):
            if contractual_work_time is UNSET:
                n__absent += 1
            elif not isinstance(contractual_work_time, str):
                raise FieldError("string", contractual_work_time, "contractual_work_time")

        if cls is _plain__class:
            shift = _new__object(cls)
            shift.start = start
            shift.stop = stop
            shift.mandatory = mandatory
            shift.start_location = start_location
            shift.end_location = end_location
            shift.contractual_work_time = contractual_work_time
            shift.additional_properties = {}
        else:
            shift = cls(
                start,
                stop,
                mandatory,
                start_location,
                end_location,
                contractual_work_time,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {"start", "stop", "mandatory", "start_location", "end_location", "contractual_work_time"}
            }
            shift.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[Shift] | None = (
    Shift
    if {field.name for field in _attrs_fields(Shift)}
    == {
        "start",
        "stop",
        "mandatory",
        "start_location",
        "end_location",
        "contractual_work_time",
        "additional_properties",
    }
    and not hasattr(Shift, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
