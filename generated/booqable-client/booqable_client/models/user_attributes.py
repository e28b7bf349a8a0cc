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
from ..models.user_status import UserStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAttributes")


@_attrs_define
class UserAttributes:
    """Attributes of an user as read from the API. `required` lists the attributes Booqable always sends; a sparse fieldset
    (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            customer_id (UUID | Unset): ID of the related customer. Can only be set when the record is created.
            email (str | Unset): Can only be set when the record is created.
            first_name (str | Unset):
            last_name (str | Unset):
            name (str | Unset):
            status (UserStatus | Unset): Values of `status` on users.
            updated_at (datetime.datetime | Unset): When the record last changed.
            disabled (bool | Unset):
    """

    created_at: datetime.datetime | Unset = UNSET
    customer_id: UUID | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    name: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        disabled = self.disabled
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (UserAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _customer_id = d.get("customer_id", UNSET)
        customer_id: UUID | Unset = UNSET
        if _customer_id is not UNSET:
            try:
                customer_id = parse_uuid(_customer_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id, "customer_id") from None

        if customer_id is UNSET:
            n__absent += 1

        email = d.get("email", UNSET)
        if not (type(email) is str):
            if email is UNSET:
                n__absent += 1
            elif not isinstance(email, str):
                raise FieldError("string", email, "email")

        first_name = d.get("first_name", UNSET)
        if not (type(first_name) is str):
            if first_name is UNSET:
                n__absent += 1
            elif not isinstance(first_name, str):
                raise FieldError("string", first_name, "first_name")

        last_name = d.get("last_name", UNSET)
        if not (type(last_name) is str):
            if last_name is UNSET:
                n__absent += 1
            elif not isinstance(last_name, str):
                raise FieldError("string", last_name, "last_name")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _status = d.get("status", UNSET)
        status: UserStatus | Unset = UNSET
        if type(_status) is str:
            status = UserStatus._by__value.get(_status) or UserStatus(_status)
        elif isinstance(_status, str):
            status = UserStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (UserStatus)", _status, "status")

        if status is UNSET:
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

        disabled = d.get("disabled", UNSET)
        if not (disabled is True or disabled is False):
            if disabled is UNSET:
                n__absent += 1
            elif not isinstance(disabled, bool):
                raise FieldError("boolean", disabled, "disabled")

        if cls is _plain__class:
            user_attributes = _new__object(cls)
            user_attributes.created_at = created_at
            user_attributes.customer_id = customer_id
            user_attributes.email = email
            user_attributes.first_name = first_name
            user_attributes.last_name = last_name
            user_attributes.name = name
            user_attributes.status = status
            user_attributes.updated_at = updated_at
            user_attributes.disabled = disabled
            user_attributes.additional_properties = {}
        else:
            user_attributes = cls(
                created_at,
                customer_id,
                email,
                first_name,
                last_name,
                name,
                status,
                updated_at,
                disabled,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "created_at",
                    "customer_id",
                    "email",
                    "first_name",
                    "last_name",
                    "name",
                    "status",
                    "updated_at",
                    "disabled",
                }
            }
            user_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[UserAttributes] | None = (
    UserAttributes
    if {field.name for field in _attrs_fields(UserAttributes)}
    == {
        "created_at",
        "customer_id",
        "email",
        "first_name",
        "last_name",
        "name",
        "status",
        "updated_at",
        "disabled",
        "additional_properties",
    }
    and not hasattr(UserAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
