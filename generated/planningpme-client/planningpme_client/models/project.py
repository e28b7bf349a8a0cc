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

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project as embedded in a planned item.

    Attributes:
        key (int | Unset):
        label (str | Unset):
        fields (dict[str, Any] | Unset): Values of the brand's own data fields, keyed by field code. The value types
            depend on each field's type.
    """

    key: int | Unset = UNSET
    label: str | Unset = UNSET
    fields: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        key = self.key
        if key is not UNSET:
            field_dict["key"] = key
        label = self.label
        if label is not UNSET:
            field_dict["label"] = label
        fields = self.fields
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Project)", d)
            d = dict(d)
        n__absent = 0
        key = d.get("key", UNSET)
        if not (type(key) is int):
            if key is UNSET:
                n__absent += 1
            elif not (isinstance(key, int) and key is not True and key is not False):
                raise FieldError("integer", key, "key")

        label = d.get("label", UNSET)
        if not (type(label) is str):
            if label is UNSET:
                n__absent += 1
            elif not isinstance(label, str):
                raise FieldError("string", label, "label")

        fields = d.get("fields", UNSET)
        if not (type(fields) is dict):
            if fields is UNSET:
                n__absent += 1
            elif not isinstance(fields, dict):
                raise FieldError("object", fields, "fields")

        if cls is _plain__class:
            project = _new__object(cls)
            project.key = key
            project.label = label
            project.fields = fields
            project.additional_properties = {}
        else:
            project = cls(
                key,
                label,
                fields,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"key", "label", "fields"}
            }
            project.additional_properties = extra__props
        return project

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


_plain__class: type[Project] | None = (
    Project
    if {field.name for field in _attrs_fields(Project)} == {"key", "label", "fields", "additional_properties"}
    and not hasattr(Project, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
