from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.uploaded_file import UploadedFile

_refs__resolved = False
_from_dict__UploadedFile: Callable[[Mapping[str, Any]], UploadedFile]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, UploadedFile  # noqa: PLW0603
    global _from_dict__UploadedFile  # noqa: PLW0603
    from ..models.uploaded_file import UploadedFile  # noqa: PLC0415

    _from_dict__UploadedFile = UploadedFile.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()
        if file is not UNSET:
            field_dict["file"] = file
        file_base64 = self.file_base64
        if file_base64 is not UNSET:
            field_dict["file_base64"] = file_base64
        key = self.key
        if key is not UNSET:
            field_dict["key"] = key
        remote_file_url = self.remote_file_url
        if remote_file_url is not UNSET:
            field_dict["remote_file_url"] = remote_file_url
        theme_id: str | Unset = UNSET
        if not isinstance(self.theme_id, Unset):
            theme_id = str(self.theme_id)
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AssetWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _file = d.get("file", UNSET)
        file: UploadedFile | Unset = UNSET
        if _file is not UNSET:
            try:
                file = _from_dict__UploadedFile(_file)
            except FieldError as field__error:
                field__error.segments.append("file")
                raise

        if file is UNSET:
            n__absent += 1

        file_base64 = d.get("file_base64", UNSET)
        if not (type(file_base64) is str):
            if file_base64 is UNSET:
                n__absent += 1
            elif not isinstance(file_base64, str):
                raise FieldError("string", file_base64, "file_base64")

        key = d.get("key", UNSET)
        if not (type(key) is str):
            if key is UNSET:
                n__absent += 1
            elif not isinstance(key, str):
                raise FieldError("string", key, "key")

        remote_file_url = d.get("remote_file_url", UNSET)
        if not (type(remote_file_url) is str):
            if remote_file_url is UNSET:
                n__absent += 1
            elif not isinstance(remote_file_url, str):
                raise FieldError("string", remote_file_url, "remote_file_url")

        _theme_id = d.get("theme_id", UNSET)
        theme_id: UUID | Unset = UNSET
        if _theme_id is not UNSET:
            try:
                theme_id = parse_uuid(_theme_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _theme_id, "theme_id") from None

        if theme_id is UNSET:
            n__absent += 1

        value = d.get("value", UNSET)
        if not (type(value) is str):
            if value is UNSET:
                n__absent += 1
            elif not isinstance(value, str):
                raise FieldError("string", value, "value")

        if cls is _plain__class:
            asset_write_attributes = _new__object(cls)
            asset_write_attributes.file = file
            asset_write_attributes.file_base64 = file_base64
            asset_write_attributes.key = key
            asset_write_attributes.remote_file_url = remote_file_url
            asset_write_attributes.theme_id = theme_id
            asset_write_attributes.value = value
            asset_write_attributes.additional_properties = {}
        else:
            asset_write_attributes = cls(
                file,
                file_base64,
                key,
                remote_file_url,
                theme_id,
                value,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"file", "file_base64", "key", "remote_file_url", "theme_id", "value"}
            }
            asset_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[AssetWriteAttributes] | None = (
    AssetWriteAttributes
    if {field.name for field in _attrs_fields(AssetWriteAttributes)}
    == {"file", "file_base64", "key", "remote_file_url", "theme_id", "value", "additional_properties"}
    and not hasattr(AssetWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
