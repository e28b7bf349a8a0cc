from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.tax_rate_owner_type import TaxRateOwnerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxRateAttributes")


@_attrs_define
class TaxRateAttributes:
    """Attributes of a tax rate as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            name (str | Unset):
            owner_id (UUID | Unset): ID of the related owner. Can only be set when the record is created.
            owner_type (TaxRateOwnerType | Unset): Values of `owner_type` on tax rates.
            position (int | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            value (float | Unset):
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    owner_type: TaxRateOwnerType | Unset = UNSET
    position: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        name = self.name

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

        owner_type: str | Unset = UNSET
        if not isinstance(self.owner_type, Unset):
            owner_type = self.owner_type.value

        position = self.position

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if owner_type is not UNSET:
            field_dict["owner_type"] = owner_type
        if position is not UNSET:
            field_dict["position"] = position
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TaxRateAttributes)", src_dict)
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)
        if not isinstance(archived, bool) and archived is not UNSET:
            raise FieldError("boolean", archived, "archived")

        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = datetime.datetime.fromisoformat(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _owner_id = d.pop("owner_id", UNSET)
        owner_id: UUID | Unset = UNSET
        if _owner_id is not UNSET:
            try:
                owner_id = UUID(_owner_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _owner_id, "owner_id") from None

        _owner_type = d.pop("owner_type", UNSET)
        owner_type: TaxRateOwnerType | Unset = UNSET
        if isinstance(_owner_type, str):
            owner_type = TaxRateOwnerType(_owner_type)
        elif _owner_type is not UNSET:
            raise FieldError("string (TaxRateOwnerType)", _owner_type, "owner_type")

        position = d.pop("position", UNSET)
        if not (isinstance(position, int) and position is not True and position is not False) and position is not UNSET:
            raise FieldError("integer", position, "position")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        value = d.pop("value", UNSET)
        if (
            not (isinstance(value, float) or (isinstance(value, int) and value is not True and value is not False))
            and value is not UNSET
        ):
            raise FieldError("number", value, "value")

        tax_rate_attributes = cls(
            archived=archived,
            archived_at=archived_at,
            created_at=created_at,
            name=name,
            owner_id=owner_id,
            owner_type=owner_type,
            position=position,
            updated_at=updated_at,
            value=value,
        )

        tax_rate_attributes.additional_properties = d
        return tax_rate_attributes

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
