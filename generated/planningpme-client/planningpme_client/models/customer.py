from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

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
        fields (dict[str, Any] | Unset): Values of the brand's own data fields, keyed by field code. The value types
            depend on each field's type.
    """

    key: int
    label: str | Unset = UNSET
    type_: CustomerType | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    fields: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["key"] = self.key
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        if type_ is not UNSET:
            field_dict["type"] = type_
        email = self.email
        if email is not UNSET:
            field_dict["email"] = email
        phone = self.phone
        if phone is not UNSET:
            field_dict["phone"] = phone
        mobile = self.mobile
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        fields = self.fields
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Customer)", d)
            d = dict(d)
        n__absent = 0
        key = d.get("key", UNSET)
        if not (type(key) is int) and not (isinstance(key, int) and key is not True and key is not False):
            raise FieldError("integer", key, "key")

        label = d.get("label", UNSET)
        if not (type(label) is str):
            if label is UNSET:
                n__absent += 1
            elif not isinstance(label, str):
                raise FieldError("string", label, "label")

        _type_ = d.get("type", UNSET)
        type_: CustomerType | Unset = UNSET
        if type(_type_) is str:
            type_ = CustomerType._by__value.get(_type_) or CustomerType(_type_)
        elif isinstance(_type_, str):
            type_ = CustomerType(_type_)
        elif _type_ is not UNSET:
            raise FieldError("string (CustomerType)", _type_, "type")

        if type_ is UNSET:
            n__absent += 1

        email = d.get("email", UNSET)
        if not (type(email) is str):
            if email is UNSET:
                n__absent += 1
            elif not isinstance(email, str):
                raise FieldError("string", email, "email")

        phone = d.get("phone", UNSET)
        if not (type(phone) is str):
            if phone is UNSET:
                n__absent += 1
            elif not isinstance(phone, str):
                raise FieldError("string", phone, "phone")

        mobile = d.get("mobile", UNSET)
        if not (type(mobile) is str):
            if mobile is UNSET:
                n__absent += 1
            elif not isinstance(mobile, str):
                raise FieldError("string", mobile, "mobile")

        fields = d.get("fields", UNSET)
        if not (type(fields) is dict):
            if fields is UNSET:
                n__absent += 1
            elif not isinstance(fields, dict):
                raise FieldError("object", fields, "fields")

        if cls is _plain__class:
            customer = _new__object(cls)
            customer.key = key
            customer.label = label
            customer.type_ = type_
            customer.email = email
            customer.phone = phone
            customer.mobile = mobile
            customer.fields = fields
            customer.additional_properties = {}
        else:
            customer = cls(
                key,
                label,
                type_,
                email,
                phone,
                mobile,
                fields,
            )
        if len(d) + n__absent != 7:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"key", "label", "type", "email", "phone", "mobile", "fields"}
            }
            customer.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[Customer] | None = (
    Customer
    if {field.name for field in _attrs_fields(Customer)}
    == {"key", "label", "type_", "email", "phone", "mobile", "fields", "additional_properties"}
    and not hasattr(Customer, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
