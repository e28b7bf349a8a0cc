from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.billing_type import BillingType

T = TypeVar("T", bound="ConfigEnumsBillingType")


@_attrs_define
class ConfigEnumsBillingType:
    additional_properties: dict[str, BillingType] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ConfigEnumsBillingType)", src_dict)
        d = dict(src_dict)
        config_enums_billing_type = cls()

        additional_properties = {}
        try:
            for prop_name, prop_dict in d.items():
                _additional_property = prop_dict
                if isinstance(_additional_property, str):
                    additional_property = BillingType(_additional_property)
                else:
                    raise FieldError("string (BillingType)", _additional_property)

                additional_properties[prop_name] = additional_property
        except FieldError as field__error:
            field__error.segments.append(prop_name)
            raise

        config_enums_billing_type.additional_properties = additional_properties
        return config_enums_billing_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> BillingType:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: BillingType) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
