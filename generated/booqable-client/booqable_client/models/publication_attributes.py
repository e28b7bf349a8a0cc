from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationAttributes")


@_attrs_define
class PublicationAttributes:
    """Attributes of a publication as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            published_at (datetime.datetime | Unset):
            theme_id (UUID | Unset): ID of the related theme. Can only be set when the record is created.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    published_at: datetime.datetime | Unset = UNSET
    theme_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        published_at: str | Unset = UNSET
        if not isinstance(self.published_at, Unset):
            published_at = self.published_at.isoformat().replace("+00:00", "Z")

        theme_id: str | Unset = UNSET
        if not isinstance(self.theme_id, Unset):
            theme_id = str(self.theme_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PublicationAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _published_at = d.pop("published_at", UNSET)
        published_at: datetime.datetime | Unset = UNSET
        if _published_at is not UNSET:
            try:
                published_at = datetime.datetime.fromisoformat(_published_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _published_at, "published_at") from None

        _theme_id = d.pop("theme_id", UNSET)
        theme_id: UUID | Unset = UNSET
        if _theme_id is not UNSET:
            try:
                theme_id = UUID(_theme_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _theme_id, "theme_id") from None

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        publication_attributes = cls(
            created_at=created_at,
            published_at=published_at,
            theme_id=theme_id,
            updated_at=updated_at,
        )

        publication_attributes.additional_properties = d
        return publication_attributes

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
