from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..models.note_owner_type import NoteOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="NoteAttributes")


@_attrs_define
class NoteAttributes:
    """Attributes of a note as read from the API. `required` lists the attributes Booqable always sends; a sparse fieldset
    (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            body (str | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            employee_id (UUID | Unset): ID of the related employee.
            owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
            owner_type (NoteOwnerType | Unset): Values of `owner_type` on notes.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    body: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    employee_id: UUID | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: NoteOwnerType | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        body = self.body
        if body is not UNSET:
            field_dict["body"] = body
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        employee_id: str | Unset = UNSET
        if not isinstance(self.employee_id, Unset):
            employee_id = str(self.employee_id)
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
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
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (NoteAttributes)", d)
            d = dict(d)
        n__absent = 0
        body = d.get("body", UNSET)
        if not (type(body) is str):
            if body is UNSET:
                n__absent += 1
            elif not isinstance(body, str):
                raise FieldError("string", body, "body")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _employee_id = d.get("employee_id", UNSET)
        employee_id: UUID | Unset = UNSET
        if _employee_id is not UNSET:
            try:
                employee_id = parse_uuid(_employee_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id, "employee_id") from None

        if employee_id is UNSET:
            n__absent += 1

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

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            note_attributes = _new__object(cls)
            note_attributes.body = body
            note_attributes.created_at = created_at
            note_attributes.employee_id = employee_id
            note_attributes.owner_id = owner_id
            note_attributes.owner_type = owner_type
            note_attributes.updated_at = updated_at
            note_attributes.additional_properties = {}
        else:
            note_attributes = cls(
                body,
                created_at,
                employee_id,
                owner_id,
                owner_type,
                updated_at,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"body", "created_at", "employee_id", "owner_id", "owner_type", "updated_at"}
            }
            note_attributes.additional_properties = extra__props
        return note_attributes

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


_plain__class: type[NoteAttributes] | None = (
    NoteAttributes
    if {field.name for field in _attrs_fields(NoteAttributes)}
    == {"body", "created_at", "employee_id", "owner_id", "owner_type", "updated_at", "additional_properties"}
    and not hasattr(NoteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
