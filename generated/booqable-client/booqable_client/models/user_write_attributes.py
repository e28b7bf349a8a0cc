from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        customer_id: str | Unset = UNSET
        if not isinstance(self.customer_id, Unset):
            customer_id = str(self.customer_id)

        disabled = self.disabled

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (UserWriteAttributes)", src_dict)
        d = dict(src_dict)
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

        user_write_attributes = cls(
            customer_id=customer_id,
            disabled=disabled,
            email=email,
            first_name=first_name,
            last_name=last_name,
            name=name,
        )

        user_write_attributes.additional_properties = d
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
