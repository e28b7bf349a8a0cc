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
    from ..models.release_metadata import ReleaseMetadata
    from ..models.route import Route

_refs__resolved = False
_from_dict__ReleaseMetadata: Callable[[Mapping[str, Any]], ReleaseMetadata]
_from_dict__Route: Callable[[Mapping[str, Any]], Route]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, ReleaseMetadata, Route  # noqa: PLW0603
    global _from_dict__ReleaseMetadata, _from_dict__Route  # noqa: PLW0603
    from ..models.release_metadata import ReleaseMetadata  # noqa: PLC0415
    from ..models.route import Route  # noqa: PLC0415

    _from_dict__ReleaseMetadata = ReleaseMetadata.from_dict
    _from_dict__Route = Route.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    """A released planning and the routes it contains.

    Attributes:
        release_metadata (ReleaseMetadata | Unset): Which planning was released, and when.
        routes (list[Route] | Unset): Routes of the release.
    """

    release_metadata: ReleaseMetadata | Unset = UNSET
    routes: list[Route] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        release_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.release_metadata, Unset):
            release_metadata = self.release_metadata.to_dict()
        if release_metadata is not UNSET:
            field_dict["release_metadata"] = release_metadata
        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        if routes is not UNSET:
            field_dict["routes"] = routes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Release)", d)
            d = dict(d)
        n__absent = 0
        _release_metadata = d.get("release_metadata", UNSET)
        release_metadata: ReleaseMetadata | Unset = UNSET
        if _release_metadata is not UNSET:
            try:
                release_metadata = _from_dict__ReleaseMetadata(_release_metadata)
            except FieldError as field__error:
                field__error.segments.append("release_metadata")
                raise

        if release_metadata is UNSET:
            n__absent += 1

        _routes = d.get("routes", UNSET)
        routes: list[Route] | Unset = UNSET
        if isinstance(_routes, list):
            routes = []
            try:
                for routes_item_data in _routes:
                    routes_item = _from_dict__Route(routes_item_data)

                    routes.append(routes_item)
            except FieldError as field__error:
                field__error.segments.append(len(routes))
                field__error.segments.append("routes")
                raise
        elif _routes is not UNSET:
            raise FieldError("array", _routes, "routes")

        if routes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            release = _new__object(cls)
            release.release_metadata = release_metadata
            release.routes = routes
            release.additional_properties = {}
        else:
            release = cls(
                release_metadata,
                routes,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"release_metadata", "routes"}
            }
            release.additional_properties = extra__props
        return release

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


_plain__class: type[Release] | None = (
    Release
    if {field.name for field in _attrs_fields(Release)} == {"release_metadata", "routes", "additional_properties"}
    and not hasattr(Release, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
