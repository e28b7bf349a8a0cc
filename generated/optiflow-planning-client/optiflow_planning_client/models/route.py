from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_combination import ResourceCombination
    from ..models.route_boundary import RouteBoundary
    from ..models.trip import Trip


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
        trips (list[Trip] | Unset): Trips the route is made of.
    """

    id: str | Unset = UNSET
    resource_combination: ResourceCombination | Unset = UNSET
    start: RouteBoundary | Unset = UNSET
    end: RouteBoundary | Unset = UNSET
    trips: list[Trip] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_combination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_combination, Unset):
            resource_combination = self.resource_combination.to_dict()

        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        trips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trips, Unset):
            trips = []
            for trips_item_data in self.trips:
                trips_item = trips_item_data.to_dict()
                trips.append(trips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if resource_combination is not UNSET:
            field_dict["resource_combination"] = resource_combination
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if trips is not UNSET:
            field_dict["trips"] = trips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_combination import ResourceCombination  # noqa: PLC0415
        from ..models.route_boundary import RouteBoundary  # noqa: PLC0415
        from ..models.trip import Trip  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _resource_combination = d.pop("resource_combination", UNSET)
        resource_combination: ResourceCombination | Unset
        if isinstance(_resource_combination, Unset):
            resource_combination = UNSET
        else:
            resource_combination = ResourceCombination.from_dict(_resource_combination)

        _start = d.pop("start", UNSET)
        start: RouteBoundary | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = RouteBoundary.from_dict(_start)

        _end = d.pop("end", UNSET)
        end: RouteBoundary | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = RouteBoundary.from_dict(_end)

        _trips = d.pop("trips", UNSET)
        trips: list[Trip] | Unset = UNSET
        if _trips is not UNSET:
            trips = []
            for trips_item_data in _trips:
                trips_item = Trip.from_dict(trips_item_data)

                trips.append(trips_item)

        route = cls(
            id=id,
            resource_combination=resource_combination,
            start=start,
            end=end,
            trips=trips,
        )

        route.additional_properties = d
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
