from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="Planning")


@_attrs_define
class Planning:
    """A planning, released or not.

    Attributes:
        id (str): Identifier of the planning. Example: 86b54c9d-21d7-4b37-af3d-25f03886153b.
        created_at (datetime.datetime | Unset): When the planning was created. Example: 2024-11-30T08:15:00Z.
        released_at (datetime.datetime | Unset): When the planning was last released; absent when it never was. Example:
            2024-11-30T10:00:00Z.
        name (str | Unset): Name of the planning. Example: Operational Planning.
        labels (list[str] | Unset): Labels attached to the planning. Example: ['operational', 'DEMO', 'label-xyz'].
    """

    id: str
    created_at: datetime.datetime | Unset = UNSET
    released_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        released_at: str | Unset = UNSET
        if not isinstance(self.released_at, Unset):
            released_at = self.released_at.isoformat()

        name = self.name

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if released_at is not UNSET:
            field_dict["released_at"] = released_at
        if name is not UNSET:
            field_dict["name"] = name
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Planning)", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, str):
            raise FieldError("string", id, "id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _released_at = d.pop("released_at", UNSET)
        released_at: datetime.datetime | Unset = UNSET
        if _released_at is not UNSET:
            try:
                released_at = datetime.datetime.fromisoformat(_released_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _released_at, "released_at") from None

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _labels = d.pop("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if isinstance(_labels, list):
            for labels_item in _labels:
                if not isinstance(labels_item, str):
                    raise FieldError("string", labels_item, _position(_labels, labels_item), "labels")
            labels = _labels
        elif _labels is not UNSET:
            raise FieldError("array", _labels, "labels")

        planning = cls(
            id=id,
            created_at=created_at,
            released_at=released_at,
            name=name,
            labels=labels,
        )

        planning.additional_properties = d
        return planning

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
