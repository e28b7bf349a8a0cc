from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        authorization_url = self.authorization_url

        charge_url = self.charge_url

        identifier = self.identifier

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authorization_url is not UNSET:
            field_dict["authorization_url"] = authorization_url
        if charge_url is not UNSET:
            field_dict["charge_url"] = charge_url
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AppPaymentOptionWriteAttributes)", src_dict)
        d = dict(src_dict)
        authorization_url = d.pop("authorization_url", UNSET)
        if not isinstance(authorization_url, str) and authorization_url is not UNSET:
            raise FieldError("string", authorization_url, "authorization_url")

        charge_url = d.pop("charge_url", UNSET)
        if not isinstance(charge_url, str) and charge_url is not UNSET:
            raise FieldError("string", charge_url, "charge_url")

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        app_payment_option_write_attributes = cls(
            authorization_url=authorization_url,
            charge_url=charge_url,
            identifier=identifier,
            name=name,
        )

        app_payment_option_write_attributes.additional_properties = d
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
