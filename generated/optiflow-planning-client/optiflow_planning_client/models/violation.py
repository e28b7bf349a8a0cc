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

T = TypeVar("T", bound="Violation")


@_attrs_define
class Violation:
    """One broken rule of a rejected request.

    Attributes:
        field (str | Unset): Request field (or parameter) the rule applies to. Example: limit.
        message (str | Unset): What is wrong with it. Example: must be less than or equal to 1000.
    """

    field: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field = self.field
        if field is not UNSET:
            field_dict["field"] = field
        message = self.message
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Violation)", d)
            d = dict(d)
        n__absent = 0
        field = d.get("field", UNSET)
        if not (type(field) is str):
            if field is UNSET:
                n__absent += 1
            elif not isinstance(field, str):
                raise FieldError("string", field, "field")

        message = d.get("message", UNSET)
        if not (type(message) is str):
            if message is UNSET:
                n__absent += 1
            elif not isinstance(message, str):
                raise FieldError("string", message, "message")

        if cls is _plain__class:
            violation = _new__object(cls)
            violation.field = field
            violation.message = message
            violation.additional_properties = {}
        else:
            violation = cls(
                field,
                message,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"field", "message"}
            }
            violation.additional_properties = extra__props
        return violation

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


_plain__class: type[Violation] | None = (
    Violation
    if {field.name for field in _attrs_fields(Violation)} == {"field", "message", "additional_properties"}
    and not hasattr(Violation, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
