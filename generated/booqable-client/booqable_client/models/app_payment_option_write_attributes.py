from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppPaymentOptionWriteAttributes")


@_attrs_define
class AppPaymentOptionWriteAttributes:
    """Attributes that can be sent when creating or updating an app payment option.

    Attributes:
        authorization_url (str | Unset):
        charge_url (str | Unset):
        identifier (str | Unset):
        name (str | Unset):
    """

    authorization_url: str | Unset = UNSET
    charge_url: str | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        authorization_url = self.authorization_url
        if authorization_url is not UNSET:
            field_dict["authorization_url"] = authorization_url
        charge_url = self.charge_url
        if charge_url is not UNSET:
            field_dict["charge_url"] = charge_url
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AppPaymentOptionWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        authorization_url = d.get("authorization_url", UNSET)
        if not (type(authorization_url) is str):
            if authorization_url is UNSET:
                n__absent += 1
            elif not isinstance(authorization_url, str):
                raise FieldError("string", authorization_url, "authorization_url")

        charge_url = d.get("charge_url", UNSET)
        if not (type(charge_url) is str):
            if charge_url is UNSET:
                n__absent += 1
            elif not isinstance(charge_url, str):
                raise FieldError("string", charge_url, "charge_url")

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        if cls is _plain__class:
            app_payment_option_write_attributes = _new__object(cls)
            app_payment_option_write_attributes.authorization_url = authorization_url
            app_payment_option_write_attributes.charge_url = charge_url
            app_payment_option_write_attributes.identifier = identifier
            app_payment_option_write_attributes.name = name
            app_payment_option_write_attributes.additional_properties = {}
        else:
            app_payment_option_write_attributes = cls(
                authorization_url,
                charge_url,
                identifier,
                name,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"authorization_url", "charge_url", "identifier", "name"}
            }
            app_payment_option_write_attributes.additional_properties = extra__props
        return app_payment_option_write_attributes

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


_plain__class: type[AppPaymentOptionWriteAttributes] | None = (
    AppPaymentOptionWriteAttributes
    if {field.name for field in _attrs_fields(AppPaymentOptionWriteAttributes)}
    == {"authorization_url", "charge_url", "identifier", "name", "additional_properties"}
    and not hasattr(AppPaymentOptionWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
