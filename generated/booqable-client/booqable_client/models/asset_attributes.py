from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
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


T = TypeVar("T", bound="AssetAttributes")


@_attrs_define
class AssetAttributes:
    """Attributes of an asset as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            checksum (str | Unset):
            content_type (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            custom (bool | Unset):
            file (UploadedFile | Unset): A stored file as the API describes it; `url` is null until a file is attached.
            key (str | Unset): Can only be set when the record is created.
            published_at (datetime.datetime | None | Unset): Unverified: the examples show `null`, which the field list does
                not allow.
            theme_id (UUID | Unset): ID of the related theme. Can only be set when the record is created.
            updated_at (datetime.datetime | Unset): When the record last changed.
            value (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            file_base64 (str | Unset):
            remote_file_url (str | Unset):
    """

    checksum: str | Unset = UNSET
    content_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    custom: bool | Unset = UNSET
    file: UploadedFile | Unset = UNSET
    key: str | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    theme_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    value: None | str | Unset = UNSET
    file_base64: str | Unset = UNSET
    remote_file_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        checksum = self.checksum
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        content_type = self.content_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        custom = self.custom
        if custom is not UNSET:
            field_dict["custom"] = custom
        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()
        if file is not UNSET:
            field_dict["file"] = file
        key = self.key
        if key is not UNSET:
            field_dict["key"] = key
        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = (
                self.published_at.isoformat().replace("+00:00", "Z")
                if self.published_at.tzinfo is not None
                else _naive__datetime("published_at_type_0")
            )
        else:
            published_at = self.published_at
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        theme_id: str | Unset = UNSET
        if not isinstance(self.theme_id, Unset):
            theme_id = str(self.theme_id)
        if theme_id is not UNSET:
            field_dict["theme_id"] = theme_id
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value
        if value is not UNSET:
            field_dict["value"] = value
        file_base64 = self.file_base64
        if file_base64 is not UNSET:
            field_dict["file_base64"] = file_base64
        remote_file_url = self.remote_file_url
        if remote_file_url is not UNSET:
            field_dict["remote_file_url"] = remote_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AssetAttributes)", d)
            d = dict(d)
        n__absent = 0
        checksum = d.get("checksum", UNSET)
        if not (type(checksum) is str):
            if checksum is UNSET:
                n__absent += 1
            elif not isinstance(checksum, str):
                raise FieldError("string", checksum, "checksum")

        content_type = d.get("content_type", UNSET)
        if not (type(content_type) is str):
            if content_type is UNSET:
                n__absent += 1
            elif not isinstance(content_type, str):
                raise FieldError("string", content_type, "content_type")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        custom = d.get("custom", UNSET)
        if not (custom is True or custom is False):
            if custom is UNSET:
                n__absent += 1
            elif not isinstance(custom, bool):
                raise FieldError("boolean", custom, "custom")

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

        key = d.get("key", UNSET)
        if not (type(key) is str):
            if key is UNSET:
                n__absent += 1
            elif not isinstance(key, str):
                raise FieldError("string", key, "key")

        _published_at = d.get("published_at", UNSET)
        published_at: datetime.datetime | None | Unset
        if _published_at is None or _published_at is UNSET:
            published_at = _published_at
        elif isinstance(_published_at, str):
            _published_at_type_0 = _published_at
            try:
                published_at_type_0 = _datetime__parse(_published_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _published_at_type_0, "published_at") from None

            published_at = published_at_type_0
        else:
            raise FieldError("date-time string or null", _published_at, "published_at")

        if published_at is UNSET:
            n__absent += 1

        _theme_id = d.get("theme_id", UNSET)
        theme_id: UUID | Unset = UNSET
        if _theme_id is not UNSET:
            try:
                theme_id = parse_uuid(_theme_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _theme_id, "theme_id") from None

        if theme_id is UNSET:
            n__absent += 1

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        value = d.get("value", UNSET)
        if not (type(value) is str or value is None):
            if value is UNSET:
                n__absent += 1
            elif not (isinstance(value, str) or value is None):
                raise FieldError("string or null", value, "value")

        file_base64 = d.get("file_base64", UNSET)
        if not (type(file_base64) is str):
            if file_base64 is UNSET:
                n__absent += 1
            elif not isinstance(file_base64, str):
                raise FieldError("string", file_base64, "file_base64")

        remote_file_url = d.get("remote_file_url", UNSET)
        if not (type(remote_file_url) is str):
            if remote_file_url is UNSET:
                n__absent += 1
            elif not isinstance(remote_file_url, str):
                raise FieldError("string", remote_file_url, "remote_file_url")

        if cls is _plain__class:
            asset_attributes = _new__object(cls)
            asset_attributes.checksum = checksum
            asset_attributes.content_type = content_type
            asset_attributes.created_at = created_at
            asset_attributes.custom = custom
            asset_attributes.file = file
            asset_attributes.key = key
            asset_attributes.published_at = published_at
            asset_attributes.theme_id = theme_id
            asset_attributes.updated_at = updated_at
            asset_attributes.value = value
            asset_attributes.file_base64 = file_base64
            asset_attributes.remote_file_url = remote_file_url
            asset_attributes.additional_properties = {}
        else:
            asset_attributes = cls(
                checksum,
                content_type,
                created_at,
                custom,
                file,
                key,
                published_at,
                theme_id,
                updated_at,
                value,
                file_base64,
                remote_file_url,
            )
        if len(d) + n__absent != 12:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "checksum",
                    "content_type",
                    "created_at",
                    "custom",
                    "file",
                    "key",
                    "published_at",
                    "theme_id",
                    "updated_at",
                    "value",
                    "file_base64",
                    "remote_file_url",
                }
            }
            asset_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[AssetAttributes] | None = (
    AssetAttributes
    if {field.name for field in _attrs_fields(AssetAttributes)}
    == {
        "checksum",
        "content_type",
        "created_at",
        "custom",
        "file",
        "key",
        "published_at",
        "theme_id",
        "updated_at",
        "value",
        "file_base64",
        "remote_file_url",
        "additional_properties",
    }
    and not hasattr(AssetAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
