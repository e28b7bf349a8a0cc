from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseMetadata")


@_attrs_define
class ReleaseMetadata:
    """Which planning was released, and when.

    Attributes:
        planning_id (str | Unset): Identifier of the released planning. Example: 86b54c9d-21d7-4b37-af3d-25f03886153b.
        released_at (datetime.datetime | Unset): When the release happened. Example: 2024-11-30T10:00:00Z.
    """

    planning_id: str | Unset = UNSET
    released_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        planning_id = self.planning_id
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        released_at: str | Unset = UNSET
        if not isinstance(self.released_at, Unset):
            released_at = (
                self.released_at.isoformat() if self.released_at.tzinfo is not None else _naive__datetime("released_at")
            )
        if released_at is not UNSET:
            field_dict["released_at"] = released_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReleaseMetadata)", d)
            d = dict(d)
        n__absent = 0
        planning_id = d.get("planning_id", UNSET)
        if not (type(planning_id) is str):
            if planning_id is UNSET:
                n__absent += 1
            elif not isinstance(planning_id, str):
                raise FieldError("string", planning_id, "planning_id")

        _released_at = d.get("released_at", UNSET)
        released_at: datetime.datetime | Unset = UNSET
        if _released_at is not UNSET:
            try:
                released_at = _datetime__parse(_released_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _released_at, "released_at") from None

        if released_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            release_metadata = _new__object(cls)
            release_metadata.planning_id = planning_id
            release_metadata.released_at = released_at
            release_metadata.additional_properties = {}
        else:
            release_metadata = cls(
                planning_id,
                released_at,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"planning_id", "released_at"}
            }
            release_metadata.additional_properties = extra__props
        return release_metadata

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


_plain__class: type[ReleaseMetadata] | None = (
    ReleaseMetadata
    if {field.name for field in _attrs_fields(ReleaseMetadata)}
    == {"planning_id", "released_at", "additional_properties"}
    and not hasattr(ReleaseMetadata, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
