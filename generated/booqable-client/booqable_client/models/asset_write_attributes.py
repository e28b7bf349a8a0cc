from __future__ import annotations

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


T = TypeVar("T", bound="AssetWriteAttributes")


@_attrs_define
class AssetWriteAttributes:
    """Attributes that can be sent when creating or updating an asset.

    Attributes:
        file (UploadedFile | Unset): A stored file as the API describes it; `url` is null until a file is attached.
        file_base64 (str | Unset):
        key (str | Unset): Can only be set when the record is created.
        remote_file_url (str | Unset):
        theme_id (UUID | Unset): ID of the related theme. Can only be set when the record is created.
        value (str | Unset):
    """

    file: UploadedFile | Unset = UNSET
    file_base64: str | Unset = UNSET
    key: str | Unset = UNSET
    remote_file_url: str | Unset = UNSET
    theme_id: UUID | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        file_base64 = self.file_base64

        key = self.key

        remote_file_url = self.remote_file_url

        theme_id: str | Unset = UNSET
        if not isinstance(self.theme_id, Unset):
            theme_id = str(self.theme_id)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if file_base64 is not UNSET:
            field_dict["file_base64"] = file_base64
        if key is not UNSET:
            field_dict["key"] = key
        if remote_file_url is not UNSET:
            field_dict["remote_file_url"] = remote_file_url
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AssetWriteAttributes)", src_dict)
        d = dict(src_dict)
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

        value = d.pop("value", UNSET)
        if not isinstance(value, str) and value is not UNSET:
            raise FieldError("string", value, "value")

        asset_write_attributes = cls(
            file=file,
            file_base64=file_base64,
            key=key,
            remote_file_url=remote_file_url,
            theme_id=theme_id,
            value=value,
        )

        asset_write_attributes.additional_properties = d
        return asset_write_attributes

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
