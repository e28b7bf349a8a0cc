from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UrlRedirectAttributes")


@_attrs_define
class UrlRedirectAttributes:
    """Attributes of an url redirect as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            from_path (str | Unset):
            to_path (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    from_path: str | Unset = UNSET
    to_path: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        from_path = self.from_path

        to_path = self.to_path

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if from_path is not UNSET:
            field_dict["from_path"] = from_path
        if to_path is not UNSET:
            field_dict["to_path"] = to_path
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (UrlRedirectAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        from_path = d.pop("from_path", UNSET)
        if not isinstance(from_path, str) and from_path is not UNSET:
            raise FieldError("string", from_path, "from_path")

        to_path = d.pop("to_path", UNSET)
        if not isinstance(to_path, str) and to_path is not UNSET:
            raise FieldError("string", to_path, "to_path")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        url_redirect_attributes = cls(
            created_at=created_at,
            from_path=from_path,
            to_path=to_path,
            updated_at=updated_at,
        )

        url_redirect_attributes.additional_properties = d
        return url_redirect_attributes

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
