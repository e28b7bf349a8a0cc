from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_combination import ResourceCombination
    from ..models.route_boundary import RouteBoundary

_refs__resolved = False
_from_dict__ResourceCombination: Callable[[Mapping[str, Any]], ResourceCombination]
_from_dict__RouteBoundary: Callable[[Mapping[str, Any]], RouteBoundary]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ResourceCombination, RouteBoundary  # noqa: PLW0603
    global _from_dict__ResourceCombination, _from_dict__RouteBoundary  # noqa: PLW0603
    from ..models.resource_combination import ResourceCombination  # noqa: PLC0415
    from ..models.route_boundary import RouteBoundary  # noqa: PLC0415

    _from_dict__ResourceCombination = ResourceCombination.from_dict
    _from_dict__RouteBoundary = RouteBoundary.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Route")


@_attrs_define
class Route:
    """Work of one resource combination in a release, split into one or more trips.

    Attributes:
        id (str | Unset): Identifier of the route. Example: d2c6013e-9194-46ac-a44c-855abf1176ca.
        resource_combination (ResourceCombination | Unset): The employee and transport resources that drive a route
            together.
        start (RouteBoundary | Unset): Where a route begins (or ends).
        end (RouteBoundary | Unset): Where a route begins (or ends).
        trips (list[dict[str, Any]] | Unset): Trips the route is made of.
    """

    id: str | Unset = UNSET
    resource_combination: ResourceCombination | Unset = UNSET
    start: RouteBoundary | Unset = UNSET
    end: RouteBoundary | Unset = UNSET
    trips: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        id = self.id
        if id is not UNSET:
            field_dict["id"] = id
        resource_combination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_combination, Unset):
            resource_combination = self.resource_combination.to_dict()
        if resource_combination is not UNSET:
            field_dict["resource_combination"] = resource_combination
        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()
        if start is not UNSET:
            field_dict["start"] = start
        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()
        if end is not UNSET:
            field_dict["end"] = end
        trips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trips, Unset):
            trips = self.trips

        if trips is not UNSET:
            field_dict["trips"] = trips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Route)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str):
            if id is UNSET:
                n__absent += 1
            elif not isinstance(id, str):
                raise FieldError("string", id, "id")

        _resource_combination = d.get("resource_combination", UNSET)
        resource_combination: ResourceCombination | Unset = UNSET
        if _resource_combination is not UNSET:
            try:
                resource_combination = _from_dict__ResourceCombination(_resource_combination)
            except FieldError as field__error:
                field__error.segments.append("resource_combination")
                raise

        if resource_combination is UNSET:
            n__absent += 1

        _start = d.get("start", UNSET)
        start: RouteBoundary | Unset = UNSET
        if _start is not UNSET:
            try:
                start = _from_dict__RouteBoundary(_start)
            except FieldError as field__error:
                field__error.segments.append("start")
                raise

        if start is UNSET:
            n__absent += 1

        _end = d.get("end", UNSET)
        end: RouteBoundary | Unset = UNSET
        if _end is not UNSET:
            try:
                end = _from_dict__RouteBoundary(_end)
            except FieldError as field__error:
                field__error.segments.append("end")
                raise

        if end is UNSET:
            n__absent += 1

        _trips = d.get("trips", UNSET)
        trips: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_trips, list):
            for trips_item in _trips:
                if not (type(trips_item) is dict) and not isinstance(trips_item, dict):
                    raise FieldError("object", trips_item, _position(_trips, trips_item), "trips")
            trips = _trips
        elif _trips is not UNSET:
            raise FieldError("array", _trips, "trips")

        if trips is UNSET:
            n__absent += 1

        if cls is _plain__class:
            route = _new__object(cls)
            route.id = id
            route.resource_combination = resource_combination
            route.start = start
            route.end = end
            route.trips = trips
            route.additional_properties = {}
        else:
            route = cls(
                id,
                resource_combination,
                start,
                end,
                trips,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "resource_combination", "start", "end", "trips"}
            }
            route.additional_properties = extra__props
        return route

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


_plain__class: type[Route] | None = (
    Route
    if {field.name for field in _attrs_fields(Route)}
    == {"id", "resource_combination", "start", "end", "trips", "additional_properties"}
    and not hasattr(Route, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
