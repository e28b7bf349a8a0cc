from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeAttributes")


@_attrs_define
class EmployeeAttributes:
    """Attributes of an employee as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            active (bool | Unset):
            avatar_base64 (str | Unset):
            avatar_url (str | Unset):
            confirmed (bool | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            current_password (str | Unset):
            deactivated_at (datetime.datetime | Unset):
            email (str | Unset):
            firstname (str | Unset):
            has_two_factor_autentication (bool | Unset):
            large_avatar_url (str | Unset):
            lastname (str | Unset):
            locale (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            name (str | Unset):
            owner (bool | Unset):
            password (str | Unset):
            password_confirmation (str | Unset):
            permissions (list[str] | Unset):
            remove_avatar (bool | Unset):
            third_party_id (str | Unset):
            time_to_confirm (int | Unset):
            unconfirmed_email (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            updated_at (datetime.datetime | Unset): When the record last changed.
            viewed_whats_new_at (datetime.datetime | Unset):
    """

    active: bool | Unset = UNSET
    avatar_base64: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    confirmed: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    current_password: str | Unset = UNSET
    deactivated_at: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    firstname: str | Unset = UNSET
    has_two_factor_autentication: bool | Unset = UNSET
    large_avatar_url: str | Unset = UNSET
    lastname: str | Unset = UNSET
    locale: None | str | Unset = UNSET
    name: str | Unset = UNSET
    owner: bool | Unset = UNSET
    password: str | Unset = UNSET
    password_confirmation: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    remove_avatar: bool | Unset = UNSET
    third_party_id: str | Unset = UNSET
    time_to_confirm: int | Unset = UNSET
    unconfirmed_email: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    viewed_whats_new_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        avatar_base64 = self.avatar_base64

        avatar_url = self.avatar_url

        confirmed = self.confirmed

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        current_password = self.current_password

        deactivated_at: str | Unset = UNSET
        if not isinstance(self.deactivated_at, Unset):
            deactivated_at = self.deactivated_at.isoformat().replace("+00:00", "Z")

        email = self.email

        firstname = self.firstname

        has_two_factor_autentication = self.has_two_factor_autentication

        large_avatar_url = self.large_avatar_url

        lastname = self.lastname

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        name = self.name

        owner = self.owner

        password = self.password

        password_confirmation = self.password_confirmation

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        remove_avatar = self.remove_avatar

        third_party_id = self.third_party_id

        time_to_confirm = self.time_to_confirm

        unconfirmed_email: None | str | Unset
        if isinstance(self.unconfirmed_email, Unset):
            unconfirmed_email = UNSET
        else:
            unconfirmed_email = self.unconfirmed_email

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        viewed_whats_new_at: str | Unset = UNSET
        if not isinstance(self.viewed_whats_new_at, Unset):
            viewed_whats_new_at = self.viewed_whats_new_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if avatar_base64 is not UNSET:
            field_dict["avatar_base64"] = avatar_base64
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if current_password is not UNSET:
            field_dict["current_password"] = current_password
        if deactivated_at is not UNSET:
            field_dict["deactivated_at"] = deactivated_at
        if email is not UNSET:
            field_dict["email"] = email
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if has_two_factor_autentication is not UNSET:
            field_dict["has_two_factor_autentication"] = has_two_factor_autentication
        if large_avatar_url is not UNSET:
            field_dict["large_avatar_url"] = large_avatar_url
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if locale is not UNSET:
            field_dict["locale"] = locale
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if password is not UNSET:
            field_dict["password"] = password
        if password_confirmation is not UNSET:
            field_dict["password_confirmation"] = password_confirmation
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if remove_avatar is not UNSET:
            field_dict["remove_avatar"] = remove_avatar
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if time_to_confirm is not UNSET:
            field_dict["time_to_confirm"] = time_to_confirm
        if unconfirmed_email is not UNSET:
            field_dict["unconfirmed_email"] = unconfirmed_email
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if viewed_whats_new_at is not UNSET:
            field_dict["viewed_whats_new_at"] = viewed_whats_new_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmployeeAttributes)", src_dict)
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if not isinstance(active, bool) and active is not UNSET:
            raise FieldError("boolean", active, "active")

        avatar_base64 = d.pop("avatar_base64", UNSET)
        if not isinstance(avatar_base64, str) and avatar_base64 is not UNSET:
            raise FieldError("string", avatar_base64, "avatar_base64")

        avatar_url = d.pop("avatar_url", UNSET)
        if not isinstance(avatar_url, str) and avatar_url is not UNSET:
            raise FieldError("string", avatar_url, "avatar_url")

        confirmed = d.pop("confirmed", UNSET)
        if not isinstance(confirmed, bool) and confirmed is not UNSET:
            raise FieldError("boolean", confirmed, "confirmed")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        current_password = d.pop("current_password", UNSET)
        if not isinstance(current_password, str) and current_password is not UNSET:
            raise FieldError("string", current_password, "current_password")

        _deactivated_at = d.pop("deactivated_at", UNSET)
        deactivated_at: datetime.datetime | Unset = UNSET
        if _deactivated_at is not UNSET:
            try:
                deactivated_at = datetime.datetime.fromisoformat(_deactivated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _deactivated_at, "deactivated_at") from None

        email = d.pop("email", UNSET)
        if not isinstance(email, str) and email is not UNSET:
            raise FieldError("string", email, "email")

        firstname = d.pop("firstname", UNSET)
        if not isinstance(firstname, str) and firstname is not UNSET:
            raise FieldError("string", firstname, "firstname")

        has_two_factor_autentication = d.pop("has_two_factor_autentication", UNSET)
        if not isinstance(has_two_factor_autentication, bool) and has_two_factor_autentication is not UNSET:
            raise FieldError("boolean", has_two_factor_autentication, "has_two_factor_autentication")

        large_avatar_url = d.pop("large_avatar_url", UNSET)
        if not isinstance(large_avatar_url, str) and large_avatar_url is not UNSET:
            raise FieldError("string", large_avatar_url, "large_avatar_url")

        lastname = d.pop("lastname", UNSET)
        if not isinstance(lastname, str) and lastname is not UNSET:
            raise FieldError("string", lastname, "lastname")

        locale = d.pop("locale", UNSET)
        if not (isinstance(locale, str) or locale is None) and locale is not UNSET:
            raise FieldError("string or null", locale, "locale")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        owner = d.pop("owner", UNSET)
        if not isinstance(owner, bool) and owner is not UNSET:
            raise FieldError("boolean", owner, "owner")

        password = d.pop("password", UNSET)
        if not isinstance(password, str) and password is not UNSET:
            raise FieldError("string", password, "password")

        password_confirmation = d.pop("password_confirmation", UNSET)
        if not isinstance(password_confirmation, str) and password_confirmation is not UNSET:
            raise FieldError("string", password_confirmation, "password_confirmation")

        _permissions = d.pop("permissions", UNSET)
        permissions: list[str] | Unset = UNSET
        if isinstance(_permissions, list):
            for permissions_item in _permissions:
                if not isinstance(permissions_item, str):
                    raise FieldError(
                        "string", permissions_item, _position(_permissions, permissions_item), "permissions"
                    )
            permissions = _permissions
        elif _permissions is not UNSET:
            raise FieldError("array", _permissions, "permissions")

        remove_avatar = d.pop("remove_avatar", UNSET)
        if not isinstance(remove_avatar, bool) and remove_avatar is not UNSET:
            raise FieldError("boolean", remove_avatar, "remove_avatar")

        third_party_id = d.pop("third_party_id", UNSET)
        if not isinstance(third_party_id, str) and third_party_id is not UNSET:
            raise FieldError("string", third_party_id, "third_party_id")

        time_to_confirm = d.pop("time_to_confirm", UNSET)
        if (
            not (isinstance(time_to_confirm, int) and time_to_confirm is not True and time_to_confirm is not False)
            and time_to_confirm is not UNSET
        ):
            raise FieldError("integer", time_to_confirm, "time_to_confirm")

        unconfirmed_email = d.pop("unconfirmed_email", UNSET)
        if not (isinstance(unconfirmed_email, str) or unconfirmed_email is None) and unconfirmed_email is not UNSET:
            raise FieldError("string or null", unconfirmed_email, "unconfirmed_email")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        _viewed_whats_new_at = d.pop("viewed_whats_new_at", UNSET)
        viewed_whats_new_at: datetime.datetime | Unset = UNSET
        if _viewed_whats_new_at is not UNSET:
            try:
                viewed_whats_new_at = datetime.datetime.fromisoformat(_viewed_whats_new_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _viewed_whats_new_at, "viewed_whats_new_at") from None

        employee_attributes = cls(
            active=active,
            avatar_base64=avatar_base64,
            avatar_url=avatar_url,
            confirmed=confirmed,
            created_at=created_at,
            current_password=current_password,
            deactivated_at=deactivated_at,
            email=email,
            firstname=firstname,
            has_two_factor_autentication=has_two_factor_autentication,
            large_avatar_url=large_avatar_url,
            lastname=lastname,
            locale=locale,
            name=name,
            owner=owner,
            password=password,
            password_confirmation=password_confirmation,
            permissions=permissions,
            remove_avatar=remove_avatar,
            third_party_id=third_party_id,
            time_to_confirm=time_to_confirm,
            unconfirmed_email=unconfirmed_email,
            updated_at=updated_at,
            viewed_whats_new_at=viewed_whats_new_at,
        )

        employee_attributes.additional_properties = d
        return employee_attributes

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
