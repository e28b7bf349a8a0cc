from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAttributes")


@_attrs_define
class UserAttributes:
    """Attributes of an user as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`) can
    leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            customer_id (UUID | Unset): ID of the related customer. Can only be set when the record is created.
            disabled (bool | Unset):
            email (str | Unset): Can only be set when the record is created.
            first_name (str | Unset):
            last_name (str | Unset):
            name (str | Unset):
            status (UserStatus | Unset): Values of `status` on users.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    disabled: bool | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    name: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        disabled = self.disabled

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (UserAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        _customer_id = d.pop("customer_id", UNSET)
        customer_id: UUID | Unset = UNSET
        if _customer_id is not UNSET:
            try:
                customer_id = UUID(_customer_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id, "customer_id") from None

        disabled = d.pop("disabled", UNSET)
        if not isinstance(disabled, bool) and disabled is not UNSET:
            raise FieldError("boolean", disabled, "disabled")

        email = d.pop("email", UNSET)
        if not isinstance(email, str) and email is not UNSET:
            raise FieldError("string", email, "email")

        first_name = d.pop("first_name", UNSET)
        if not isinstance(first_name, str) and first_name is not UNSET:
            raise FieldError("string", first_name, "first_name")

        last_name = d.pop("last_name", UNSET)
        if not isinstance(last_name, str) and last_name is not UNSET:
            raise FieldError("string", last_name, "last_name")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _status = d.pop("status", UNSET)
        status: UserStatus | Unset = UNSET
        if isinstance(_status, str):
            status = UserStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (UserStatus)", _status, "status")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        user_attributes = cls(
            created_at=created_at,
            customer_id=customer_id,
            disabled=disabled,
            email=email,
            first_name=first_name,
            last_name=last_name,
            name=name,
            status=status,
            updated_at=updated_at,
        )

        user_attributes.additional_properties = d
        return user_attributes

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
