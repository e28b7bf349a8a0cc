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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (EmployeeName)", d)
            d = dict(d)
        n__absent = 0
        first_name = d.get("first_name", UNSET)
        if not (type(first_name) is str or first_name is None):
            if first_name is UNSET:
                n__absent += 1
            elif not (isinstance(first_name, str) or first_name is None):
                raise FieldError("string or null", first_name, "first_name")

        last_name = d.get("last_name", UNSET)
        if not (type(last_name) is str or last_name is None):
            if last_name is UNSET:
                n__absent += 1
            elif not (isinstance(last_name, str) or last_name is None):
                raise FieldError("string or null", last_name, "last_name")

        if cls is _plain__class:
            employee_name = _new__object(cls)
            employee_name.first_name = first_name
            employee_name.last_name = last_name
            employee_name.additional_properties = {}
        else:
            employee_name = cls(
                first_name,
                last_name,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"first_name", "last_name"}
            }
            employee_name.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[EmployeeName] | None = (
    EmployeeName
    if {field.name for field in _attrs_fields(EmployeeName)} == {"first_name", "last_name", "additional_properties"}
    and not hasattr(EmployeeName, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
