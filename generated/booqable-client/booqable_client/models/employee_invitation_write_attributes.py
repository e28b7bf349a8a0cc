from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeInvitationWriteAttributes")


@_attrs_define
class EmployeeInvitationWriteAttributes:
    """Attributes that can be sent when creating or updating an employee invitation.

    Attributes:
        email (str | Unset):
        employee_id (None | Unset | UUID): ID of the related employee.
        firstname (str | Unset):
        id (UUID | Unset):
        lastname (str | Unset):
        permissions (list[str] | Unset):
    """

    email: str | Unset = UNSET
    employee_id: None | Unset | UUID = UNSET
    firstname: str | Unset = UNSET
    id: UUID | Unset = UNSET
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

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

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
        if id is not UNSET:
            field_dict["id"] = id
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmployeeInvitationWriteAttributes)", src_dict)
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

        _id = d.pop("id", UNSET)
        id: UUID | Unset = UNSET
        if _id is not UNSET:
            try:
                id = UUID(_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _id, "id") from None

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

        employee_invitation_write_attributes = cls(
            email=email,
            employee_id=employee_id,
            firstname=firstname,
            id=id,
            lastname=lastname,
            permissions=permissions,
        )

        employee_invitation_write_attributes.additional_properties = d
        return employee_invitation_write_attributes

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

    if TYPE_CHECKING:
        from ..models.employee import Employee

    def relate(
        self,
        *,
        employee: Employee | None | Unset = UNSET,
    ) -> EmployeeInvitationWriteAttributes:
        """Point this employee invitation at related records, by model: each keyword sets an id attribute.

        `employee=` sets `employee_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(employee, Unset):
            self.employee_id = None if employee is None else employee.id
        return self
