from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        permissions (Sequence[str] | Unset):
    """

    email: str | Unset = UNSET
    employee_id: None | Unset | UUID = UNSET
    firstname: str | Unset = UNSET
    id: UUID | Unset = UNSET
    lastname: str | Unset = UNSET
    permissions: Sequence[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        firstname = self.firstname
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)
        if id is not UNSET:
            field_dict["id"] = id
        lastname = self.lastname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = list(self.permissions)

        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (EmployeeInvitationWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        email = d.get("email", UNSET)
        if not (type(email) is str):
            if email is UNSET:
                n__absent += 1
            elif not isinstance(email, str):
                raise FieldError("string", email, "email")

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

        firstname = d.get("firstname", UNSET)
        if not (type(firstname) is str):
            if firstname is UNSET:
                n__absent += 1
            elif not isinstance(firstname, str):
                raise FieldError("string", firstname, "firstname")

        _id = d.get("id", UNSET)
        id: UUID | Unset = UNSET
        if _id is not UNSET:
            try:
                id = parse_uuid(_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _id, "id") from None

        if id is UNSET:
            n__absent += 1

        lastname = d.get("lastname", UNSET)
        if not (type(lastname) is str):
            if lastname is UNSET:
                n__absent += 1
            elif not isinstance(lastname, str):
                raise FieldError("string", lastname, "lastname")

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

        if cls is _plain__class:
            employee_invitation_write_attributes = _new__object(cls)
            employee_invitation_write_attributes.email = email
            employee_invitation_write_attributes.employee_id = employee_id
            employee_invitation_write_attributes.firstname = firstname
            employee_invitation_write_attributes.id = id
            employee_invitation_write_attributes.lastname = lastname
            employee_invitation_write_attributes.permissions = permissions
            employee_invitation_write_attributes.additional_properties = {}
        else:
            employee_invitation_write_attributes = cls(
                email,
                employee_id,
                firstname,
                id,
                lastname,
                permissions,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"email", "employee_id", "firstname", "id", "lastname", "permissions"}
            }
            employee_invitation_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr

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


_plain__class: type[EmployeeInvitationWriteAttributes] | None = (
    EmployeeInvitationWriteAttributes
    if {field.name for field in _attrs_fields(EmployeeInvitationWriteAttributes)}
    == {"email", "employee_id", "firstname", "id", "lastname", "permissions", "additional_properties"}
    and not hasattr(EmployeeInvitationWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
