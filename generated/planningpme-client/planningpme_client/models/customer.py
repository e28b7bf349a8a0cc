from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields import CustomFields

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, CustomFields  # noqa: PLW0603
    from ..models.custom_fields import CustomFields  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer.

    Attributes:
        key (int): Identifier of the customer.
        label (str | Unset): Display name.
        type_ (CustomerType | Unset): Whether a customer is a person or a company.
        email (str | Unset):
        phone (str | Unset):
        mobile (str | Unset):
        fields (CustomFields | Unset): Values of the brand's own data fields, keyed by field code. The value types
            depend on each field's type.
    """

    key: int
    label: str | Unset = UNSET
    type_: CustomerType | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    fields: CustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        key = self.key

        label = self.label

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        email = self.email

        phone = self.phone

        mobile = self.mobile

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Customer)", src_dict)
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if not (isinstance(key, int) and key is not True and key is not False):
            raise FieldError("integer", key, "key")

        label = d.pop("label", UNSET)
        if not isinstance(label, str) and label is not UNSET:
            raise FieldError("string", label, "label")

        _type_ = d.pop("type", UNSET)
        type_: CustomerType | Unset = UNSET
        if isinstance(_type_, str):
            type_ = CustomerType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (CustomerType)", _type_, "type")

        email = d.pop("email", UNSET)
        if not isinstance(email, str) and email is not UNSET:
            raise FieldError("string", email, "email")

        phone = d.pop("phone", UNSET)
        if not isinstance(phone, str) and phone is not UNSET:
            raise FieldError("string", phone, "phone")

        mobile = d.pop("mobile", UNSET)
        if not isinstance(mobile, str) and mobile is not UNSET:
            raise FieldError("string", mobile, "mobile")

        _fields = d.pop("fields", UNSET)
        fields: CustomFields | Unset = UNSET
        if _fields is not UNSET:
            try:
                fields = CustomFields.from_dict(_fields)
            except FieldError as field__error:
                field__error.segments.append("fields")
                raise

        customer = cls(
            key=key,
            label=label,
            type_=type_,
            email=email,
            phone=phone,
            mobile=mobile,
            fields=fields,
        )

        customer.additional_properties = d
        return customer

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
