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
    from ..models.location import Location

_refs__resolved = False
_from_dict__Location: Callable[[Mapping[str, Any]], Location]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Location  # noqa: PLW0603
    global _from_dict__Location  # noqa: PLW0603
    from ..models.location import Location  # noqa: PLC0415

    _from_dict__Location = Location.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="RouteBoundary")


@_attrs_define
class RouteBoundary:
    """Where a route begins (or ends).

    Attributes:
        location (Location | Unset): A place visited on a route.
    """

    location: Location | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (RouteBoundary)", d)
            d = dict(d)
        n__absent = 0
        _location = d.get("location", UNSET)
        location: Location | Unset = UNSET
        if _location is not UNSET:
            try:
                location = _from_dict__Location(_location)
            except FieldError as field__error:
                field__error.segments.append("location")
                raise

        if location is UNSET:
            n__absent += 1

        if cls is _plain__class:
            route_boundary = _new__object(cls)
            route_boundary.location = location
            route_boundary.additional_properties = {}
        else:
            route_boundary = cls(
                location,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"location"}
            }
            route_boundary.additional_properties = extra__props
        return route_boundary

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


_plain__class: type[RouteBoundary] | None = (
    RouteBoundary
    if {field.name for field in _attrs_fields(RouteBoundary)} == {"location", "additional_properties"}
    and not hasattr(RouteBoundary, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
