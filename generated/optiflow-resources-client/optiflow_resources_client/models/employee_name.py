from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeeName")


@_attrs_define
class EmployeeName:
    """Name parts of an employee; each may be null, as naming customs differ by region.

    Attributes:
        first_name (None | str | Unset):  Example: Patrick.
        last_name (None | str | Unset):  Example: Simmons.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmployeeName)", src_dict)
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)
        if not (isinstance(first_name, str) or first_name is None) and first_name is not UNSET:
            raise FieldError("string or null", first_name, "first_name")

        last_name = d.pop("last_name", UNSET)
        if not (isinstance(last_name, str) or last_name is None) and last_name is not UNSET:
            raise FieldError("string or null", last_name, "last_name")

        employee_name = cls(
            first_name=first_name,
            last_name=last_name,
        )

        employee_name.additional_properties = d
        return employee_name

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
