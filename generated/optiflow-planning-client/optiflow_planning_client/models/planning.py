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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["id"] = self.id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat() if self.created_at.tzinfo is not None else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        released_at: str | Unset = UNSET
        if not isinstance(self.released_at, Unset):
            released_at = (
                self.released_at.isoformat() if self.released_at.tzinfo is not None else _naive__datetime("released_at")
            )
        if released_at is not UNSET:
            field_dict["released_at"] = released_at
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Planning)", d)
            d = dict(d)
        n__absent = 0
        id = d.get("id", UNSET)
        if not (type(id) is str) and not isinstance(id, str):
            raise FieldError("string", id, "id")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _released_at = d.get("released_at", UNSET)
        released_at: datetime.datetime | Unset = UNSET
        if _released_at is not UNSET:
            try:
                released_at = _datetime__parse(_released_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _released_at, "released_at") from None

        if released_at is UNSET:
            n__absent += 1

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _labels = d.get("labels", UNSET)
        labels: list[str] | Unset = UNSET
        if isinstance(_labels, list):
            for labels_item in _labels:
                if not (type(labels_item) is str) and not isinstance(labels_item, str):
                    raise FieldError("string", labels_item, _position(_labels, labels_item), "labels")
            labels = _labels
        elif _labels is not UNSET:
            raise FieldError("array", _labels, "labels")

        if labels is UNSET:
            n__absent += 1

        if cls is _plain__class:
            planning = _new__object(cls)
            planning.id = id
            planning.created_at = created_at
            planning.released_at = released_at
            planning.name = name
            planning.labels = labels
            planning.additional_properties = {}
        else:
            planning = cls(
                id,
                created_at,
                released_at,
                name,
                labels,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"id", "created_at", "released_at", "name", "labels"}
            }
            planning.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[Planning] | None = (
    Planning
    if {field.name for field in _attrs_fields(Planning)}
    == {"id", "created_at", "released_at", "name", "labels", "additional_properties"}
    and not hasattr(Planning, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
