from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.note_owner_type import NoteOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteWriteAttributes")


@_attrs_define
class NoteWriteAttributes:
    """Attributes that can be sent when creating or updating a note.

    Attributes:
        body (str | Unset):
        owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
        owner_type (NoteOwnerType | Unset): Values of `owner_type` on notes.
    """

    body: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: NoteOwnerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (NoteWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

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
        owner_type: NoteOwnerType | Unset = UNSET
        if type(_owner_type) is str:
            owner_type = NoteOwnerType._by__value.get(_owner_type) or NoteOwnerType(_owner_type)
        elif isinstance(_owner_type, str):
            owner_type = NoteOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (NoteOwnerType)", _owner_type, "owner_type")

        if owner_type is UNSET:
            n__absent += 1

        if cls is _plain__class:
            note_write_attributes = _new__object(cls)
            note_write_attributes.body = body
            note_write_attributes.owner_id = owner_id
            note_write_attributes.owner_type = owner_type
            note_write_attributes.additional_properties = {}
        else:
            note_write_attributes = cls(
                body,
                owner_id,
                owner_type,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"body", "owner_id", "owner_type"}
            }
            note_write_attributes.additional_properties = extra__props
        return note_write_attributes

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


_plain__class: type[NoteWriteAttributes] | None = (
    NoteWriteAttributes
    if {field.name for field in _attrs_fields(NoteWriteAttributes)}
    == {"body", "owner_id", "owner_type", "additional_properties"}
    and not hasattr(NoteWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
