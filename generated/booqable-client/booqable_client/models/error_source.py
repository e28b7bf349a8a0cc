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

T = TypeVar("T", bound="ErrorSource")


@_attrs_define
class ErrorSource:
    """What part of the request caused the error.

    Attributes:
        pointer (str | Unset): Path into the request body, e.g. `data/attributes/x`.
        parameter (str | Unset): Name of the offending query parameter.
    """

    pointer: str | Unset = UNSET
    parameter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        pointer = self.pointer
        if pointer is not UNSET:
            field_dict["pointer"] = pointer
        parameter = self.parameter
        if parameter is not UNSET:
            field_dict["parameter"] = parameter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ErrorSource)", d)
            d = dict(d)
        n__absent = 0
        pointer = d.get("pointer", UNSET)
        if not (type(pointer) is str):
            if pointer is UNSET:
                n__absent += 1
            elif not isinstance(pointer, str):
                raise FieldError("string", pointer, "pointer")

        parameter = d.get("parameter", UNSET)
        if not (type(parameter) is str):
            if parameter is UNSET:
                n__absent += 1
            elif not isinstance(parameter, str):
                raise FieldError("string", parameter, "parameter")

        if cls is _plain__class:
            error_source = _new__object(cls)
            error_source.pointer = pointer
            error_source.parameter = parameter
            error_source.additional_properties = {}
        else:
            error_source = cls(
                pointer,
                parameter,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"pointer", "parameter"}
            }
            error_source.additional_properties = extra__props
        return error_source

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


_plain__class: type[ErrorSource] | None = (
    ErrorSource
    if {field.name for field in _attrs_fields(ErrorSource)} == {"pointer", "parameter", "additional_properties"}
    and not hasattr(ErrorSource, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
