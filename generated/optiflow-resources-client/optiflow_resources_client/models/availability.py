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
    from ..models.availability_start import AvailabilityStart
    from ..models.availability_start_location import AvailabilityStartLocation
    from ..models.end_location import EndLocation
    from ..models.shift_stop import ShiftStop

_refs__resolved = False
_from_dict__AvailabilityStart: Callable[[Mapping[str, Any]], AvailabilityStart]
_from_dict__AvailabilityStartLocation: Callable[[Mapping[str, Any]], AvailabilityStartLocation]
_from_dict__EndLocation: Callable[[Mapping[str, Any]], EndLocation]
_from_dict__ShiftStop: Callable[[Mapping[str, Any]], ShiftStop]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, AvailabilityStart, AvailabilityStartLocation, EndLocation, ShiftStop  # noqa: PLW0603
    global _from_dict__AvailabilityStart, _from_dict__AvailabilityStartLocation, _from_dict__EndLocation, _from_dict__ShiftStop  # noqa: PLW0603
    from ..models.availability_start import AvailabilityStart  # noqa: PLC0415
    from ..models.availability_start_location import AvailabilityStartLocation  # noqa: PLC0415
    from ..models.end_location import EndLocation  # noqa: PLC0415
    from ..models.shift_stop import ShiftStop  # noqa: PLC0415

    _from_dict__AvailabilityStart = AvailabilityStart.from_dict
    _from_dict__AvailabilityStartLocation = AvailabilityStartLocation.from_dict
    _from_dict__EndLocation = EndLocation.from_dict
    _from_dict__ShiftStop = ShiftStop.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        start = self.start.to_dict()
        field_dict["start"] = start
        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Availability)", d)
            d = dict(d)
        n__absent = 0
        try:
            start = _from_dict__AvailabilityStart(d.get("start", UNSET))
        except FieldError as field__error:
            field__error.segments.append("start")
            raise

        id = d.get("id", UNSET)
        if not (type(id) is str):
            if id is UNSET:
                n__absent += 1
            elif not isinstance(id, str):
                raise FieldError("string", id, "id")

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
        start_location: AvailabilityStartLocation | Unset = UNSET
        if _start_location is not UNSET:
            try:
                start_location = _from_dict__AvailabilityStartLocation(_start_location)
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

        if cls is _plain__class:
            availability = _new__object(cls)
            availability.start = start
            availability.id = id
            availability.stop = stop
            availability.mandatory = mandatory
            availability.start_location = start_location
            availability.end_location = end_location
            availability.additional_properties = {}
        else:
            availability = cls(
                start,
                id,
                stop,
                mandatory,
                start_location,
                end_location,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"start", "id", "stop", "mandatory", "start_location", "end_location"}
            }
            availability.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[Availability] | None = (
    Availability
    if {field.name for field in _attrs_fields(Availability)}
    == {"start", "id", "stop", "mandatory", "start_location", "end_location", "additional_properties"}
    and not hasattr(Availability, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
