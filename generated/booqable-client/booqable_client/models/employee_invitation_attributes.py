from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeInvitationAttributes")


@_attrs_define
class EmployeeInvitationAttributes:
    """Attributes of an employee invitation as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            employee_id (None | Unset | UUID): ID of the related employee.
            email (str | Unset):
            firstname (str | Unset):
            lastname (str | Unset):
            permissions (list[str] | Unset):
    """

    employee_id: None | Unset | UUID = UNSET
    email: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        firstname = self.firstname
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        lastname = self.lastname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (EmployeeInvitationAttributes)", d)
            d = dict(d)
        n__absent = 0
        _employee_id = d.get("employee_id", UNSET)
        employee_id: None | Unset | UUID
        if _employee_id is None or _employee_id is UNSET:
            employee_id = _employee_id
        elif isinstance(_employee_id, str):
            _employee_id_type_0 = _employee_id
            try:
                employee_id_type_0 = parse_uuid(_employee_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _employee_id_type_0, "employee_id") from None

            employee_id = employee_id_type_0
        else:
            raise FieldError("UUID string or null", _employee_id, "employee_id")

        if employee_id is UNSET:
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

        if cls is _plain__class:
            employee_invitation_attributes = _new__object(cls)
            employee_invitation_attributes.employee_id = employee_id
            employee_invitation_attributes.email = email
            employee_invitation_attributes.firstname = firstname
            employee_invitation_attributes.lastname = lastname
            employee_invitation_attributes.permissions = permissions
            employee_invitation_attributes.additional_properties = {}
        else:
            employee_invitation_attributes = cls(
                employee_id,
                email,
                firstname,
                lastname,
                permissions,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"employee_id", "email", "firstname", "lastname", "permissions"}
            }
            employee_invitation_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[EmployeeInvitationAttributes] | None = (
    EmployeeInvitationAttributes
    if {field.name for field in _attrs_fields(EmployeeInvitationAttributes)}
    == {"employee_id", "email", "firstname", "lastname", "permissions", "additional_properties"}
    and not hasattr(EmployeeInvitationAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
