from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        planning_id = self.planning_id

        released_at: str | Unset = UNSET
        if not isinstance(self.released_at, Unset):
            released_at = self.released_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        if released_at is not UNSET:
            field_dict["released_at"] = released_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReleaseMetadata)", src_dict)
        d = dict(src_dict)
        planning_id = d.pop("planning_id", UNSET)
        if not isinstance(planning_id, str) and planning_id is not UNSET:
            raise FieldError("string", planning_id, "planning_id")

        _released_at = d.pop("released_at", UNSET)
        released_at: datetime.datetime | Unset = UNSET
        if _released_at is not UNSET:
            try:
                released_at = datetime.datetime.fromisoformat(_released_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _released_at, "released_at") from None

        release_metadata = cls(
            planning_id=planning_id,
            released_at=released_at,
        )

        release_metadata.additional_properties = d
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
