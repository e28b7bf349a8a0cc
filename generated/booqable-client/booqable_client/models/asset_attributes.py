from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uploaded_file import UploadedFile

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, UploadedFile  # noqa: PLW0603
    from ..models.uploaded_file import UploadedFile  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="AssetAttributes")


@_attrs_define
class AssetAttributes:
    """Attributes of an asset as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            checksum (str | Unset):
            content_type (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            custom (bool | Unset):
            file (UploadedFile | Unset): A stored file as the API describes it; `url` is null until a file is attached.
            file_base64 (str | Unset):
            key (str | Unset): Can only be set when the record is created.
            published_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            remote_file_url (str | Unset):
            theme_id (UUID | Unset): ID of the related theme. Can only be set when the record is created.
            updated_at (datetime.datetime | Unset): When the record last changed.
            value (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
    """

    checksum: str | Unset = UNSET
    content_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    custom: bool | Unset = UNSET
    file: UploadedFile | Unset = UNSET
    file_base64: str | Unset = UNSET
    key: str | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    remote_file_url: str | Unset = UNSET
    theme_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        checksum = self.checksum

        content_type = self.content_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        custom = self.custom

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        file_base64 = self.file_base64

        key = self.key

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat().replace("+00:00", "Z")
        else:
            published_at = self.published_at

        remote_file_url = self.remote_file_url

        theme_id: str | Unset = UNSET
        if not isinstance(self.theme_id, Unset):
            theme_id = str(self.theme_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom is not UNSET:
            field_dict["custom"] = custom
        if file is not UNSET:
            field_dict["file"] = file
        if file_base64 is not UNSET:
            field_dict["file_base64"] = file_base64
        if key is not UNSET:
            field_dict["key"] = key
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if remote_file_url is not UNSET:
            field_dict["remote_file_url"] = remote_file_url
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AssetAttributes)", src_dict)
        d = dict(src_dict)
        checksum = d.pop("checksum", UNSET)
        if not isinstance(checksum, str) and checksum is not UNSET:
            raise FieldError("string", checksum, "checksum")

        content_type = d.pop("content_type", UNSET)
        if not isinstance(content_type, str) and content_type is not UNSET:
            raise FieldError("string", content_type, "content_type")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        custom = d.pop("custom", UNSET)
        if not isinstance(custom, bool) and custom is not UNSET:
            raise FieldError("boolean", custom, "custom")

        _file = d.pop("file", UNSET)
        file: UploadedFile | Unset = UNSET
        if _file is not UNSET:
            try:
                file = UploadedFile.from_dict(_file)
            except FieldError as field__error:
                field__error.segments.append("file")
                raise

        file_base64 = d.pop("file_base64", UNSET)
        if not isinstance(file_base64, str) and file_base64 is not UNSET:
            raise FieldError("string", file_base64, "file_base64")

        key = d.pop("key", UNSET)
        if not isinstance(key, str) and key is not UNSET:
            raise FieldError("string", key, "key")

        _published_at = d.pop("published_at", UNSET)
        published_at: datetime.datetime | None | Unset
        if _published_at is None or _published_at is UNSET:
            published_at = _published_at
        elif isinstance(_published_at, str):
            _published_at_type_0 = _published_at
            try:
                published_at_type_0 = datetime.datetime.fromisoformat(_published_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _published_at_type_0, "published_at") from None

            published_at = published_at_type_0
        else:
            raise FieldError("date-time string or null", _published_at, "published_at")

        remote_file_url = d.pop("remote_file_url", UNSET)
        if not isinstance(remote_file_url, str) and remote_file_url is not UNSET:
            raise FieldError("string", remote_file_url, "remote_file_url")

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

        value = d.pop("value", UNSET)
        if not (isinstance(value, str) or value is None) and value is not UNSET:
            raise FieldError("string or null", value, "value")

        asset_attributes = cls(
            checksum=checksum,
            content_type=content_type,
            created_at=created_at,
            custom=custom,
            file=file,
            file_base64=file_base64,
            key=key,
            published_at=published_at,
            remote_file_url=remote_file_url,
            theme_id=theme_id,
            updated_at=updated_at,
            value=value,
        )

        asset_attributes.additional_properties = d
        return asset_attributes

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
