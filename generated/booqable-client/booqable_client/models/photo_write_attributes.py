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
from ..models.photo_owner_type import PhotoOwnerType
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


T = TypeVar("T", bound="PhotoWriteAttributes")


@_attrs_define
class PhotoWriteAttributes:
    """Attributes that can be sent when creating or updating a photo.

    Attributes:
        alt_text (str | Unset):
        coordinates (dict[str, Any] | Unset): A free-form JSON object.
        original_filename (str | Unset):
        owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
        owner_type (PhotoOwnerType | Unset): Values of `owner_type` on photos.
        photo (UploadedFile | Unset): A stored file as the API describes it; `url` is null until a file is attached.
        photo_base64 (str | Unset):
        position (int | Unset):
        remote_photo_url (str | Unset):
    """

    alt_text: str | Unset = UNSET
    coordinates: dict[str, Any] | Unset = UNSET
    original_filename: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: PhotoOwnerType | Unset = UNSET
    photo: UploadedFile | Unset = UNSET
    photo_base64: str | Unset = UNSET
    position: int | Unset = UNSET
    remote_photo_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        alt_text = self.alt_text
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        coordinates = self.coordinates
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        original_filename = self.original_filename
        if original_filename is not UNSET:
            field_dict["original_filename"] = original_filename
        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        photo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.photo, Unset):
            photo = self.photo.to_dict()
        if photo is not UNSET:
            field_dict["photo"] = photo
        photo_base64 = self.photo_base64
        if photo_base64 is not UNSET:
            field_dict["photo_base64"] = photo_base64
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        remote_photo_url = self.remote_photo_url
        if remote_photo_url is not UNSET:
            field_dict["remote_photo_url"] = remote_photo_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PhotoWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        alt_text = d.get("alt_text", UNSET)
        if not (type(alt_text) is str):
            if alt_text is UNSET:
                n__absent += 1
            elif not isinstance(alt_text, str):
                raise FieldError("string", alt_text, "alt_text")

        coordinates = d.get("coordinates", UNSET)
        if not (type(coordinates) is dict):
            if coordinates is UNSET:
                n__absent += 1
            elif not isinstance(coordinates, dict):
                raise FieldError("object", coordinates, "coordinates")

        original_filename = d.get("original_filename", UNSET)
        if not (type(original_filename) is str):
            if original_filename is UNSET:
                n__absent += 1
            elif not isinstance(original_filename, str):
                raise FieldError("string", original_filename, "original_filename")

        _owner_id = d.get("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = parse_uuid(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        if owner_id is UNSET:
            n__absent += 1

        _owner_type = d.get("owner_type", UNSET)
        owner_type: PhotoOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = PhotoOwnerType._by__value.get(_owner_type) or PhotoOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = PhotoOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (PhotoOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
            n__absent += 1

        _photo = d.get("photo", UNSET)
        photo: UploadedFile | Unset = UNSET
        if _photo is not UNSET:
            try:
                photo = _from_dict__UploadedFile(_photo)
            except FieldError as field__error:
                field__error.segments.append("photo")
                raise

        if photo is UNSET:
            n__absent += 1

        photo_base64 = d.get("photo_base64", UNSET)
        if not (type(photo_base64) is str):
            if photo_base64 is UNSET:
                n__absent += 1
            elif not isinstance(photo_base64, str):
                raise FieldError("string", photo_base64, "photo_base64")

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        remote_photo_url = d.get("remote_photo_url", UNSET)
        if not (type(remote_photo_url) is str):
            if remote_photo_url is UNSET:
                n__absent += 1
            elif not isinstance(remote_photo_url, str):
                raise FieldError("string", remote_photo_url, "remote_photo_url")

        if cls is _plain__class:
            photo_write_attributes = _new__object(cls)
            photo_write_attributes.alt_text = alt_text
            photo_write_attributes.coordinates = coordinates
            photo_write_attributes.original_filename = original_filename
            photo_write_attributes.owner_id = owner_id
            photo_write_attributes.owner_type = owner_type
            photo_write_attributes.photo = photo
            photo_write_attributes.photo_base64 = photo_base64
            photo_write_attributes.position = position
            photo_write_attributes.remote_photo_url = remote_photo_url
            photo_write_attributes.additional_properties = {}
        else:
            photo_write_attributes = cls(
                alt_text,
                coordinates,
                original_filename,
                owner_id,
                owner_type,
                photo,
                photo_base64,
                position,
                remote_photo_url,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "alt_text",
                    "coordinates",
                    "original_filename",
                    "owner_id",
                    "owner_type",
                    "photo",
                    "photo_base64",
                    "position",
                    "remote_photo_url",
                }
            }
            photo_write_attributes.additional_properties = extra__props
        return photo_write_attributes

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


_plain__class: type[PhotoWriteAttributes] | None = (
    PhotoWriteAttributes
    if {field.name for field in _attrs_fields(PhotoWriteAttributes)}
    == {
        "alt_text",
        "coordinates",
        "original_filename",
        "owner_id",
        "owner_type",
        "photo",
        "photo_base64",
        "position",
        "remote_photo_url",
        "additional_properties",
    }
    and not hasattr(PhotoWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
