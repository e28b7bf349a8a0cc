from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.photo_owner_type import PhotoOwnerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.uploaded_file import UploadedFile

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject, UploadedFile  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.uploaded_file import UploadedFile  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="PhotoAttributes")


@_attrs_define
class PhotoAttributes:
    """Attributes of a photo as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`) can
    leave any of them out.

        Attributes:
            alt_text (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            coordinates (JsonObject | Unset): A free-form JSON object.
            created_at (datetime.datetime | Unset): When the record was created.
            height (int | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            large_url (str | Unset):
            original_filename (str | Unset):
            original_url (str | Unset):
            owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
            owner_type (PhotoOwnerType | Unset): Values of `owner_type` on photos.
            photo (UploadedFile | Unset): A stored file as the API describes it; `url` is null until a file is attached.
            photo_base64 (str | Unset):
            position (int | Unset):
            preview (str | Unset):
            remote_photo_url (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            width (int | None | Unset): Unverified: the examples show `null`, which the field list does not allow.
            xlarge_url (str | Unset):
    """

    alt_text: None | str | Unset = UNSET
    coordinates: JsonObject | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    height: int | None | Unset = UNSET
    large_url: str | Unset = UNSET
    original_filename: str | Unset = UNSET
    original_url: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: PhotoOwnerType | Unset = UNSET
    photo: UploadedFile | Unset = UNSET
    photo_base64: str | Unset = UNSET
    position: int | Unset = UNSET
    preview: str | Unset = UNSET
    remote_photo_url: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    width: int | None | Unset = UNSET
    xlarge_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        alt_text: None | str | Unset
        if isinstance(self.alt_text, Unset):
            alt_text = UNSET
        else:
            alt_text = self.alt_text

        coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates, Unset):
            coordinates = self.coordinates.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        large_url = self.large_url

        original_filename = self.original_filename

        original_url = self.original_url

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        photo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photo, Unset):
            photo = self.photo.to_dict()

        photo_base64 = self.photo_base64

        position = self.position

        preview = self.preview

        remote_photo_url = self.remote_photo_url

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        xlarge_url = self.xlarge_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if height is not UNSET:
            field_dict["height"] = height
        if large_url is not UNSET:
            field_dict["large_url"] = large_url
        if original_filename is not UNSET:
            field_dict["original_filename"] = original_filename
        if original_url is not UNSET:
            field_dict["original_url"] = original_url
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if photo is not UNSET:
            field_dict["photo"] = photo
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        if position is not UNSET:
            field_dict["position"] = position
        if preview is not UNSET:
            field_dict["preview"] = preview
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if width is not UNSET:
            field_dict["width"] = width
        if xlarge_url is not UNSET:
            field_dict["xlarge_url"] = xlarge_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PhotoAttributes)", src_dict)
        d = dict(src_dict)
        alt_text = d.pop("alt_text", UNSET)
        if not (isinstance(alt_text, str) or alt_text is None) and alt_text is not UNSET:
            raise FieldError("string or null", alt_text, "alt_text")

        _coordinates = d.pop("coordinates", UNSET)
        coordinates: JsonObject | Unset = UNSET
        if _coordinates is not UNSET:
            try:
                coordinates = JsonObject.from_dict(_coordinates)
            except FieldError as field__error:
                field__error.segments.append("coordinates")
                raise

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        height = d.pop("height", UNSET)
        if (
            not (isinstance(height, int) and height is not True and height is not False or height is None)
            and height is not UNSET
        ):
            raise FieldError("integer or null", height, "height")

        large_url = d.pop("large_url", UNSET)
        if not isinstance(large_url, str) and large_url is not UNSET:
            raise FieldError("string", large_url, "large_url")

        original_filename = d.pop("original_filename", UNSET)
        if not isinstance(original_filename, str) and original_filename is not UNSET:
            raise FieldError("string", original_filename, "original_filename")

        original_url = d.pop("original_url", UNSET)
        if not isinstance(original_url, str) and original_url is not UNSET:
            raise FieldError("string", original_url, "original_url")

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = UUID(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: PhotoOwnerType | Unset = UNSET
        if isinstance(_owner_type, str):
            owner_type = PhotoOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (PhotoOwnerType)", _owner_type, "owner_type")

        _photo = d.pop("photo", UNSET)
        photo: UploadedFile | Unset = UNSET
        if _photo is not UNSET:
            try:
                photo = UploadedFile.from_dict(_photo)
            except FieldError as field__error:
                field__error.segments.append("photo")
                raise

        photo_base64 = d.pop("photo_base64", UNSET)
        if not isinstance(photo_base64, str) and photo_base64 is not UNSET:
            raise FieldError("string", photo_base64, "photo_base64")

        position = d.pop("position", UNSET)
        if not (isinstance(position, int) and position is not True and position is not False) and position is not UNSET:
            raise FieldError("integer", position, "position")

        preview = d.pop("preview", UNSET)
        if not isinstance(preview, str) and preview is not UNSET:
            raise FieldError("string", preview, "preview")

        remote_photo_url = d.pop("remote_photo_url", UNSET)
        if not isinstance(remote_photo_url, str) and remote_photo_url is not UNSET:
            raise FieldError("string", remote_photo_url, "remote_photo_url")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        width = d.pop("width", UNSET)
        if (
            not (isinstance(width, int) and width is not True and width is not False or width is None)
            and width is not UNSET
        ):
            raise FieldError("integer or null", width, "width")

        xlarge_url = d.pop("xlarge_url", UNSET)
        if not isinstance(xlarge_url, str) and xlarge_url is not UNSET:
            raise FieldError("string", xlarge_url, "xlarge_url")

        photo_attributes = cls(
            alt_text=alt_text,
            coordinates=coordinates,
            created_at=created_at,
            height=height,
            large_url=large_url,
            original_filename=original_filename,
            original_url=original_url,
            owner_id=owner_id,
            owner_type=owner_type,
            photo=photo,
            photo_base64=photo_base64,
            position=position,
            preview=preview,
            remote_photo_url=remote_photo_url,
            updated_at=updated_at,
            width=width,
            xlarge_url=xlarge_url,
        )

        photo_attributes.additional_properties = d
        return photo_attributes

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
