from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_start import AvailabilityStart
    from ..models.availability_start_location import AvailabilityStartLocation
    from ..models.end_location import EndLocation
    from ..models.shift_stop import ShiftStop

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, AvailabilityStart, AvailabilityStartLocation, EndLocation, ShiftStop  # noqa: PLW0603
    from ..models.availability_start import AvailabilityStart  # noqa: PLC0415
    from ..models.availability_start_location import AvailabilityStartLocation  # noqa: PLC0415
    from ..models.end_location import EndLocation  # noqa: PLC0415
    from ..models.shift_stop import ShiftStop  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Availability")


@_attrs_define
class Availability:
    """A concrete period in which an employee can be planned. Availabilities of one employee must not overlap.

    Attributes:
        start (AvailabilityStart): The range in which the employee may start.
        id (str | Unset): Identifier the application assigned on creation. Example:
            0b7c6a52-3f0e-4d39-9a4e-5d1b2f9e8c11.
        stop (ShiftStop | Unset): Optional limits on when the shift ends.
        mandatory (bool | Unset): Whether the resulting combination must be used when planning. Default: False.
        start_location (AvailabilityStartLocation | Unset): Where the employee starts this availability, overriding the
            employee's start location or home base. With an ad-hoc address the employee is only combined with transport
            resources starting at a location of the same name (unless a journey is under way).
        end_location (EndLocation | Unset): [EXPERIMENTAL] Where the shift ends. Left out, the employee returns to the
            start location. Set exactly one of `address`, `home_base` and `at_last_activity`.
    """

    start: AvailabilityStart
    id: str | Unset = UNSET
    stop: ShiftStop | Unset = UNSET
    mandatory: bool | Unset = False
    start_location: AvailabilityStartLocation | Unset = UNSET
    end_location: EndLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        start = self.start.to_dict()

        id = self.id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if stop is not UNSET:
            field_dict["stop"] = stop
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if start_location is not UNSET:
            field_dict["start_location"] = start_location
        if end_location is not UNSET:
            field_dict["end_location"] = end_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Availability)", src_dict)
        d = dict(src_dict)
        try:
            start = AvailabilityStart.from_dict(d.pop("start", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start")
            raise

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            raise FieldError("string", id, "id")

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
        start_location: AvailabilityStartLocation | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = AvailabilityStartLocation.from_dict(_start_location)
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

        availability = cls(
            start=start,
            id=id,
            stop=stop,
            mandatory=mandatory,
            start_location=start_location,
            end_location=end_location,
        )

        availability.additional_properties = d
        return availability

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
