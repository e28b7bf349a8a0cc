from __future__ import annotations

import datetime
from collections.abc import Mapping
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

T = TypeVar("T", bound="EmployeeAttributes")


@_attrs_define
class EmployeeAttributes:
    """Attributes of an employee as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            active (bool | Unset):
            avatar_url (str | Unset):
            confirmed (bool | Unset):
            created_at (datetime.datetime | Unset): When the record was created.
            email (str | Unset):
            firstname (str | Unset):
            has_two_factor_autentication (bool | Unset):
            large_avatar_url (str | Unset):
            lastname (str | Unset):
            locale (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            name (str | Unset):
            owner (bool | Unset):
            permissions (list[str] | Unset):
            third_party_id (str | Unset):
            time_to_confirm (int | Unset):
            unconfirmed_email (None | str | Unset): Unverified: the examples show `null`, which the field list does not
                allow.
            updated_at (datetime.datetime | Unset): When the record last changed.
            viewed_whats_new_at (datetime.datetime | Unset):
            avatar_base64 (str | Unset):
            current_password (str | Unset):
            deactivated_at (datetime.datetime | Unset):
            password (str | Unset):
            password_confirmation (str | Unset):
            remove_avatar (bool | Unset):
    """

    active: bool | Unset = UNSET
    avatar_url: str | Unset = UNSET
    confirmed: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    firstname: str | Unset = UNSET
    has_two_factor_autentication: bool | Unset = UNSET
    large_avatar_url: str | Unset = UNSET
    lastname: str | Unset = UNSET
    locale: None | str | Unset = UNSET
    name: str | Unset = UNSET
    owner: bool | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    third_party_id: str | Unset = UNSET
    time_to_confirm: int | Unset = UNSET
    unconfirmed_email: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    viewed_whats_new_at: datetime.datetime | Unset = UNSET
    avatar_base64: str | Unset = UNSET
    current_password: str | Unset = UNSET
    deactivated_at: datetime.datetime | Unset = UNSET
    password: str | Unset = UNSET
    password_confirmation: str | Unset = UNSET
    remove_avatar: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        active = self.active
        if active is not UNSET:
            field_dict["active"] = active
        avatar_url = self.avatar_url
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        confirmed = self.confirmed
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        firstname = self.firstname
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        has_two_factor_autentication = self.has_two_factor_autentication
        if has_two_factor_autentication is not UNSET:
            field_dict["has_two_factor_autentication"] = has_two_factor_autentication
        large_avatar_url = self.large_avatar_url
        if large_avatar_url is not UNSET:
            field_dict["large_avatar_url"] = large_avatar_url
        lastname = self.lastname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale
        if locale is not UNSET:
            field_dict["locale"] = locale
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        owner = self.owner
        if owner is not UNSET:
            field_dict["owner"] = owner
        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        third_party_id = self.third_party_id
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        time_to_confirm = self.time_to_confirm
        if time_to_confirm is not UNSET:
            field_dict["time_to_confirm"] = time_to_confirm
        unconfirmed_email: None | str | Unset
        if isinstance(self.unconfirmed_email, Unset):
            unconfirmed_email = UNSET
        else:
            unconfirmed_email = self.unconfirmed_email
        if unconfirmed_email is not UNSET:
            field_dict["unconfirmed_email"] = unconfirmed_email
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        viewed_whats_new_at: str | Unset = UNSET
        if not isinstance(self.viewed_whats_new_at, Unset):
            viewed_whats_new_at = (
                self.viewed_whats_new_at.isoformat().replace("+00:00", "Z")
                if self.viewed_whats_new_at.tzinfo is not None
                else _naive__datetime("viewed_whats_new_at")
            )
        if viewed_whats_new_at is not UNSET:
            field_dict["viewed_whats_new_at"] = viewed_whats_new_at
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
        password = self.password
        if password is not UNSET:
            field_dict["password"] = password
        password_confirmation = self.password_confirmation
        if password_confirmation is not UNSET:
            field_dict["password_confirmation"] = password_confirmation
        remove_avatar = self.remove_avatar
        if remove_avatar is not UNSET:
            field_dict["remove_avatar"] = remove_avatar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (EmployeeAttributes)", d)
            d = dict(d)
        n__absent = 0
        active = d.get("active", UNSET)
        if not (active is True or active is False):
            if active is UNSET:
                n__absent += 1
            elif not isinstance(active, bool):
                raise FieldError("boolean", active, "active")

        avatar_url = d.get("avatar_url", UNSET)
        if not (type(avatar_url) is str):
            if avatar_url is UNSET:
                n__absent += 1
            elif not isinstance(avatar_url, str):
                raise FieldError("string", avatar_url, "avatar_url")

        confirmed = d.get("confirmed", UNSET)
        if not (confirmed is True or confirmed is False):
            if confirmed is UNSET:
                n__absent += 1
            elif not isinstance(confirmed, bool):
                raise FieldError("boolean", confirmed, "confirmed")

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
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

        has_two_factor_autentication = d.get("has_two_factor_autentication", UNSET)
        if not (has_two_factor_autentication is True or has_two_factor_autentication is False):
            if has_two_factor_autentication is UNSET:
                n__absent += 1
            elif not isinstance(has_two_factor_autentication, bool):
                raise FieldError("boolean", has_two_factor_autentication, "has_two_factor_autentication")

        large_avatar_url = d.get("large_avatar_url", UNSET)
        if not (type(large_avatar_url) is str):
            if large_avatar_url is UNSET:
                n__absent += 1
            elif not isinstance(large_avatar_url, str):
                raise FieldError("string", large_avatar_url, "large_avatar_url")

        lastname = d.get("lastname", UNSET)
        if not (type(lastname) is str):
            if lastname is UNSET:
                n__absent += 1
            elif not isinstance(lastname, str):
                raise FieldError("string", lastname, "lastname")

        locale = d.get("locale", UNSET)
        if not (type(locale) is str or locale is None):
            if locale is UNSET:
                n__absent += 1
            elif not (isinstance(locale, str) or locale is None):
                raise FieldError("string or null", locale, "locale")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        owner = d.get("owner", UNSET)
        if not (owner is True or owner is False):
            if owner is UNSET:
                n__absent += 1
            elif not isinstance(owner, bool):
                raise FieldError("boolean", owner, "owner")

        _permissions = d.get("permissions", UNSET)
        permissions: list[str] | Unset = UNSET
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

        third_party_id = d.get("third_party_id", UNSET)
        if not (type(third_party_id) is str):
            if third_party_id is UNSET:
                n__absent += 1
            elif not isinstance(third_party_id, str):
                raise FieldError("string", third_party_id, "third_party_id")

        time_to_confirm = d.get("time_to_confirm", UNSET)
        if not (type(time_to_confirm) is int):
            if time_to_confirm is UNSET:
                n__absent += 1
            elif not (
                isinstance(time_to_confirm, int) and time_to_confirm is not True and time_to_confirm is not False
            ):
                raise FieldError("integer", time_to_confirm, "time_to_confirm")

        unconfirmed_email = d.get("unconfirmed_email", UNSET)
        if not (type(unconfirmed_email) is str or unconfirmed_email is None):
            if unconfirmed_email is UNSET:
                n__absent += 1
            elif not (isinstance(unconfirmed_email, str) or unconfirmed_email is None):
                raise FieldError("string or null", unconfirmed_email, "unconfirmed_email")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _viewed_whats_new_at = d.get("viewed_whats_new_at", UNSET)
        viewed_whats_new_at: datetime.datetime | Unset = UNSET
        if _viewed_whats_new_at is not UNSET:
            try:
                viewed_whats_new_at = _datetime__parse(_viewed_whats_new_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _viewed_whats_new_at, "viewed_whats_new_at") from None

        if viewed_whats_new_at is UNSET:
            n__absent += 1

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

        remove_avatar = d.get("remove_avatar", UNSET)
        if not (remove_avatar is True or remove_avatar is False):
            if remove_avatar is UNSET:
                n__absent += 1
            elif not isinstance(remove_avatar, bool):
                raise FieldError("boolean", remove_avatar, "remove_avatar")

        if cls is _plain__class:
            employee_attributes = _new__object(cls)
            employee_attributes.active = active
            employee_attributes.avatar_url = avatar_url
            employee_attributes.confirmed = confirmed
            employee_attributes.created_at = created_at
            employee_attributes.email = email
            employee_attributes.firstname = firstname
            employee_attributes.has_two_factor_autentication = has_two_factor_autentication
            employee_attributes.large_avatar_url = large_avatar_url
            employee_attributes.lastname = lastname
            employee_attributes.locale = locale
            employee_attributes.name = name
            employee_attributes.owner = owner
            employee_attributes.permissions = permissions
            employee_attributes.third_party_id = third_party_id
            employee_attributes.time_to_confirm = time_to_confirm
            employee_attributes.unconfirmed_email = unconfirmed_email
            employee_attributes.updated_at = updated_at
            employee_attributes.viewed_whats_new_at = viewed_whats_new_at
            employee_attributes.avatar_base64 = avatar_base64
            employee_attributes.current_password = current_password
            employee_attributes.deactivated_at = deactivated_at
            employee_attributes.password = password
            employee_attributes.password_confirmation = password_confirmation
            employee_attributes.remove_avatar = remove_avatar
            employee_attributes.additional_properties = {}
        else:
            employee_attributes = cls(
                active,
                avatar_url,
                confirmed,
                created_at,
                email,
                firstname,
                has_two_factor_autentication,
                large_avatar_url,
                lastname,
                locale,
                name,
                owner,
                permissions,
                third_party_id,
                time_to_confirm,
                unconfirmed_email,
                updated_at,
                viewed_whats_new_at,
                avatar_base64,
                current_password,
                deactivated_at,
                password,
                password_confirmation,
                remove_avatar,
            )
        if len(d) + n__absent != 24:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "active",
                    "avatar_url",
                    "confirmed",
                    "created_at",
                    "email",
                    "firstname",
                    "has_two_factor_autentication",
                    "large_avatar_url",
                    "lastname",
                    "locale",
                    "name",
                    "owner",
                    "permissions",
                    "third_party_id",
                    "time_to_confirm",
                    "unconfirmed_email",
                    "updated_at",
                    "viewed_whats_new_at",
                    "avatar_base64",
                    "current_password",
                    "deactivated_at",
                    "password",
                    "password_confirmation",
                    "remove_avatar",
                }
            }
            employee_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[EmployeeAttributes] | None = (
    EmployeeAttributes
    if {field.name for field in _attrs_fields(EmployeeAttributes)}
    == {
        "active",
        "avatar_url",
        "confirmed",
        "created_at",
        "email",
        "firstname",
        "has_two_factor_autentication",
        "large_avatar_url",
        "lastname",
        "locale",
        "name",
        "owner",
        "permissions",
        "third_party_id",
        "time_to_confirm",
        "unconfirmed_email",
        "updated_at",
        "viewed_whats_new_at",
        "avatar_base64",
        "current_password",
        "deactivated_at",
        "password",
        "password_confirmation",
        "remove_avatar",
        "additional_properties",
    }
    and not hasattr(EmployeeAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
