from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvinceAttributes")


@_attrs_define
class ProvinceAttributes:
    """Attributes of a province as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            code (str | Unset):
            country_id (UUID | Unset): ID of the related country.
            created_at (datetime.datetime | Unset): When the record was created.
            name (str | Unset):
            position (int | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    code: str | Unset = UNSET
    country_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    position: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        country_id: str | Unset = UNSET
        if not isinstance(self.country_id, Unset):
            country_id = str(self.country_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        name = self.name

        position = self.position

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ProvinceAttributes)", src_dict)
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if not isinstance(code, str) and code is not UNSET:
            raise FieldError("string", code, "code")

        _country_id = d.pop("country_id", UNSET)
        country_id: UUID | Unset = UNSET
        if _country_id is not UNSET:
            try:
                country_id = UUID(_country_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _country_id, "country_id") from None

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

        province_attributes = cls(
            code=code,
            country_id=country_id,
            created_at=created_at,
            name=name,
            position=position,
            updated_at=updated_at,
        )

        province_attributes.additional_properties = d
        return province_attributes

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
