from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_data import CustomData

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, CustomData  # noqa: PLW0603
    from ..models.custom_data import CustomData  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Employee")


@_attrs_define
class Employee:
    """The driver of a route.

    Attributes:
        business_id (str | Unset): Identifier of the employee. Example: EMP-18.
        name (str | Unset): Name of the employee. Example: Patrick Simmons.
        custom_data (CustomData | Unset): Free key/value data the customer attached to the entity. Example:
            {'shop_manager': 'John Smith'}.
    """

    business_id: str | Unset = UNSET
    name: str | Unset = UNSET
    custom_data: CustomData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        business_id = self.business_id

        name = self.name

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if name is not UNSET:
            field_dict["name"] = name
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Employee)", src_dict)
        d = dict(src_dict)
        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: CustomData | Unset = UNSET
        if _custom_data is not UNSET:
            try:
                custom_data = CustomData.from_dict(_custom_data)
            except FieldError as field__error:
                field__error.segments.append("custom_data")
                raise

        employee = cls(
            business_id=business_id,
            name=name,
            custom_data=custom_data,
        )

        employee.additional_properties = d
        return employee

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
