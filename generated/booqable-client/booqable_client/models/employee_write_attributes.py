from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeWriteAttributes")


@_attrs_define
class EmployeeWriteAttributes:
    """Attributes that can be sent when creating or updating an employee.

    Attributes:
        active (bool | Unset):
        avatar_base64 (str | Unset):
        current_password (str | Unset):
        deactivated_at (datetime.datetime | Unset):
        email (str | Unset):
        firstname (str | Unset):
        lastname (str | Unset):
        locale (str | Unset):
        owner (bool | Unset):
        password (str | Unset):
        password_confirmation (str | Unset):
        permissions (Sequence[str] | Unset):
        remove_avatar (bool | Unset):
        third_party_id (str | Unset):
        viewed_whats_new_at (datetime.datetime | Unset):
    """

    active: bool | Unset = UNSET
    avatar_base64: str | Unset = UNSET
    current_password: str | Unset = UNSET
    deactivated_at: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    locale: str | Unset = UNSET
    owner: bool | Unset = UNSET
    password: str | Unset = UNSET
    password_confirmation: str | Unset = UNSET
    permissions: Sequence[str] | Unset = UNSET
    remove_avatar: bool | Unset = UNSET
    third_party_id: str | Unset = UNSET
    viewed_whats_new_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        active = self.active
        if active is not UNSET:
            field_dict["active"] = active
        avatar_base64 = self.avatar_base64
        if avatar_base64 is not UNSET:
            field_dict["avatar_base64"] = avatar_base64
        current_password = self.current_password
        if current_password is not UNSET:
            field_dict["current_password"] = current_password
        deactivated_at: str | Unset = UNSET
        if not isinstance(self.deactivated_at, Unset):
            deactivated_at = (
                self.deactivated_at.isoformat().replace("+00:00", "Z")
                if self.deactivated_at.tzinfo is not None
                else _naive__datetime("deactivated_at")
            )
        if deactivated_at is not UNSET:
            field_dict["deactivated_at"] = deactivated_at
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        firstname = self.firstname
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        lastname = self.lastname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        locale = self.locale
        if locale is not UNSET:
            field_dict["locale"] = locale
        owner = self.owner
        if owner is not UNSET:
            field_dict["owner"] = owner
        password = self.password
        if password is not UNSET:
            field_dict["password"] = password
        password_confirmation = self.password_confirmation
        if password_confirmation is not UNSET:
            field_dict["password_confirmation"] = password_confirmation
        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = list(self.permissions)

        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        remove_avatar = self.remove_avatar
        if remove_avatar is not UNSET:
            field_dict["remove_avatar"] = remove_avatar
        third_party_id = self.third_party_id
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        viewed_whats_new_at: str | Unset = UNSET
        if not isinstance(self.viewed_whats_new_at, Unset):
            viewed_whats_new_at = (
                self.viewed_whats_new_at.isoformat().replace("+00:00", "Z")
                if self.viewed_whats_new_at.tzinfo is not None
                else _naive__datetime("viewed_whats_new_at")
            )
        if viewed_whats_new_at is not UNSET:
            field_dict["viewed_whats_new_at"] = viewed_whats_new_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (EmployeeWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        active = d.get("active", UNSET)
        if not (active is True or active is False):
            if active is UNSET:
                n__absent += 1
            elif not isinstance(active, bool):
                raise FieldError("boolean", active, "active")

        avatar_base64 = d.get("avatar_base64", UNSET)
        if not (type(avatar_base64) is str):
            if avatar_base64 is UNSET:
                n__absent += 1
            elif not isinstance(avatar_base64, str):
                raise FieldError("string", avatar_base64, "avatar_base64")

        current_password = d.get("current_password", UNSET)
        if not (type(current_password) is str):
            if current_password is UNSET:
                n__absent += 1
            elif not isinstance(current_password, str):
                raise FieldError("string", current_password, "current_password")

        _deactivated_at = d.get("deactivated_at", UNSET)
        deactivated_at: datetime.datetime | Unset = UNSET
        if _deactivated_at is not UNSET:
            try:
                deactivated_at = _datetime__parse(_deactivated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _deactivated_at, "deactivated_at") from None

        if deactivated_at is UNSET:
            n__absent += 1

        email = d.get("email", UNSET)
        if not (type(email) is str):
            if email is UNSET:
                n__absent += 1
            elif not isinstance(email, str):
                raise FieldError("string", email, "email")

        firstname = d.get("firstname", UNSET)
        if not (type(firstname) is str):
            if firstname is UNSET:
                n__absent += 1
            elif not isinstance(firstname, str):
                raise FieldError("string", firstname, "firstname")

        lastname = d.get("lastname", UNSET)
        if not (type(lastname) is str):
            if lastname is UNSET:
                n__absent += 1
            elif not isinstance(lastname, str):
                raise FieldError("string", lastname, "lastname")

        locale = d.get("locale", UNSET)
        if not (type(locale) is str):
            if locale is UNSET:
                n__absent += 1
            elif not isinstance(locale, str):
                raise FieldError("string", locale, "locale")

        owner = d.get("owner", UNSET)
        if not (owner is True or owner is False):
            if owner is UNSET:
                n__absent += 1
            elif not isinstance(owner, bool):
                raise FieldError("boolean", owner, "owner")

        password = d.get("password", UNSET)
        if not (type(password) is str):
            if password is UNSET:
                n__absent += 1
            elif not isinstance(password, str):
                raise FieldError("string", password, "password")

        password_confirmation = d.get("password_confirmation", UNSET)
        if not (type(password_confirmation) is str):
            if password_confirmation is UNSET:
                n__absent += 1
            elif not isinstance(password_confirmation, str):
                raise FieldError("string", password_confirmation, "password_confirmation")

        _permissions = d.get("permissions", UNSET)
        permissions: Sequence[str] | Unset = UNSET
        if isinstance(_permissions, list):
            for permissions_item in _permissions:
                if not (type(permissions_item) is str) and not isinstance(permissions_item, str):
                    raise FieldError(
                        "string", permissions_item, _position(_permissions, permissions_item), "permissions"
                    )
            permissions = _permissions
        elif _permissions is not UNSET:
            raise FieldError("array", _permissions, "permissions")

        if permissions is UNSET:
            n__absent += 1

        remove_avatar = d.get("remove_avatar", UNSET)
        if not (remove_avatar is True or remove_avatar is False):
            if remove_avatar is UNSET:
                n__absent += 1
            elif not isinstance(remove_avatar, bool):
                raise FieldError("boolean", remove_avatar, "remove_avatar")

        third_party_id = d.get("third_party_id", UNSET)
        if not (type(third_party_id) is str):
            if third_party_id is UNSET:
                n__absent += 1
            elif not isinstance(third_party_id, str):
                raise FieldError("string", third_party_id, "third_party_id")

        _viewed_whats_new_at = d.get("viewed_whats_new_at", UNSET)
        viewed_whats_new_at: datetime.datetime | Unset = UNSET
        if _viewed_whats_new_at is not UNSET:
            try:
                viewed_whats_new_at = _datetime__parse(_viewed_whats_new_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _viewed_whats_new_at, "viewed_whats_new_at") from None

        if viewed_whats_new_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            employee_write_attributes = _new__object(cls)
            employee_write_attributes.active = active
            employee_write_attributes.avatar_base64 = avatar_base64
            employee_write_attributes.current_password = current_password
            employee_write_attributes.deactivated_at = deactivated_at
            employee_write_attributes.email = email
            employee_write_attributes.firstname = firstname
            employee_write_attributes.lastname = lastname
            employee_write_attributes.locale = locale
            employee_write_attributes.owner = owner
            employee_write_attributes.password = password
            employee_write_attributes.password_confirmation = password_confirmation
            employee_write_attributes.permissions = permissions
            employee_write_attributes.remove_avatar = remove_avatar
            employee_write_attributes.third_party_id = third_party_id
            employee_write_attributes.viewed_whats_new_at = viewed_whats_new_at
            employee_write_attributes.additional_properties = {}
        else:
            employee_write_attributes = cls(
                active,
                avatar_base64,
                current_password,
                deactivated_at,
                email,
                firstname,
                lastname,
                locale,
                owner,
                password,
                password_confirmation,
                permissions,
                remove_avatar,
                third_party_id,
                viewed_whats_new_at,
            )
        if len(d) + n__absent != 15:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "active",
                    "avatar_base64",
                    "current_password",
                    "deactivated_at",
                    "email",
                    "firstname",
                    "lastname",
                    "locale",
                    "owner",
                    "password",
                    "password_confirmation",
                    "permissions",
                    "remove_avatar",
                    "third_party_id",
                    "viewed_whats_new_at",
                }
            }
            employee_write_attributes.additional_properties = extra__props
        return employee_write_attributes

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


_plain__class: type[EmployeeWriteAttributes] | None = (
    EmployeeWriteAttributes
    if {field.name for field in _attrs_fields(EmployeeWriteAttributes)}
    == {
        "active",
        "avatar_base64",
        "current_password",
        "deactivated_at",
        "email",
        "firstname",
        "lastname",
        "locale",
        "owner",
        "password",
        "password_confirmation",
        "permissions",
        "remove_avatar",
        "third_party_id",
        "viewed_whats_new_at",
        "additional_properties",
    }
    and not hasattr(EmployeeWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
