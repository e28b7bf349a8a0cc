from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserWriteAttributes")


@_attrs_define
class UserWriteAttributes:
    """Attributes that can be sent when creating or updating an user.

    Attributes:
        customer_id (UUID | Unset): ID of the related customer. Can only be set when the record is created.
        disabled (bool | Unset):
        email (str | Unset): Can only be set when the record is created.
        first_name (str | Unset):
        last_name (str | Unset):
        name (str | Unset):
    """

    customer_id: UUID | Unset = UNSET
    disabled: bool | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        disabled = self.disabled
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (UserWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _customer_id = d.get("customer_id", UNSET)
        customer_id: UUID | Unset = UNSET
        if _customer_id is not UNSET:
            try:
                customer_id = parse_uuid(_customer_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _customer_id, "customer_id") from None

        if customer_id is UNSET:
            n__absent += 1

        disabled = d.get("disabled", UNSET)
        if not (disabled is True or disabled is False):
            if disabled is UNSET:
                n__absent += 1
            elif not isinstance(disabled, bool):
                raise FieldError("boolean", disabled, "disabled")

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

        if cls is _plain__class:
            user_write_attributes = _new__object(cls)
            user_write_attributes.customer_id = customer_id
            user_write_attributes.disabled = disabled
            user_write_attributes.email = email
            user_write_attributes.first_name = first_name
            user_write_attributes.last_name = last_name
            user_write_attributes.name = name
            user_write_attributes.additional_properties = {}
        else:
            user_write_attributes = cls(
                customer_id,
                disabled,
                email,
                first_name,
                last_name,
                name,
            )
        if len(d) + n__absent != 6:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"customer_id", "disabled", "email", "first_name", "last_name", "name"}
            }
            user_write_attributes.additional_properties = extra__props
        return user_write_attributes

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
        from ..models.customer import Customer

    def relate(
        self,
        *,
        customer: Customer | Unset = UNSET,
    ) -> UserWriteAttributes:
        """Point this user at related records, by model: each keyword sets an id attribute.

        `customer=` sets `customer_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(customer, Unset):
            self.customer_id = customer.id
        return self


_plain__class: type[UserWriteAttributes] | None = (
    UserWriteAttributes
    if {field.name for field in _attrs_fields(UserWriteAttributes)}
    == {"customer_id", "disabled", "email", "first_name", "last_name", "name", "additional_properties"}
    and not hasattr(UserWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
