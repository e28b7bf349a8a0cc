from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeInvitationAttributes")


@_attrs_define
class EmployeeInvitationAttributes:
    """Attributes of an employee invitation as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            email (str | Unset):
            employee_id (None | Unset | UUID): ID of the related employee.
            firstname (str | Unset):
            lastname (str | Unset):
            permissions (list[str] | Unset):
    """

    email: str | Unset = UNSET
    employee_id: None | Unset | UUID = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        firstname = self.firstname

        lastname = self.lastname

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmployeeInvitationAttributes)", src_dict)
        d = dict(src_dict)
        email = d.pop("email", UNSET)
        if not isinstance(email, str) and email is not UNSET:
            raise FieldError("string", email, "email")

        _employee_id = d.pop("employee_id", UNSET)
        employee_id: None | Unset | UUID
        if _employee_id is None or _employee_id is UNSET:
            employee_id = _employee_id
        elif isinstance(_employee_id, str):
            _employee_id_type_0 = _employee_id
            try:
                employee_id_type_0 = UUID(_employee_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id_type_0, "employee_id") from None

            employee_id = employee_id_type_0
        else:
            raise FieldError("UUID string or null", _employee_id, "employee_id")

        firstname = d.pop("firstname", UNSET)
        if not isinstance(firstname, str) and firstname is not UNSET:
            raise FieldError("string", firstname, "firstname")

        lastname = d.pop("lastname", UNSET)
        if not isinstance(lastname, str) and lastname is not UNSET:
            raise FieldError("string", lastname, "lastname")

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

        employee_invitation_attributes = cls(
            email=email,
            employee_id=employee_id,
            firstname=firstname,
            lastname=lastname,
            permissions=permissions,
        )

        employee_invitation_attributes.additional_properties = d
        return employee_invitation_attributes

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
