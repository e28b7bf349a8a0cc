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

T = TypeVar("T", bound="Resource")


@_attrs_define
class Resource:
    """A resource (a person or equipment) as embedded in a planned item.

    Attributes:
        key (int | Unset):
        label (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
    """

    key: int | Unset = UNSET
    label: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
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
        first_name = self.first_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        last_name = self.last_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Resource)", d)
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

        first_name = d.get("firstName", UNSET)
        if not (type(first_name) is str):
            if first_name is UNSET:
                n__absent += 1
            elif not isinstance(first_name, str):
                raise FieldError("string", first_name, "firstName")

        last_name = d.get("lastName", UNSET)
        if not (type(last_name) is str):
            if last_name is UNSET:
                n__absent += 1
            elif not isinstance(last_name, str):
                raise FieldError("string", last_name, "lastName")

        if cls is _plain__class:
            resource = _new__object(cls)
            resource.key = key
            resource.label = label
            resource.first_name = first_name
            resource.last_name = last_name
            resource.additional_properties = {}
        else:
            resource = cls(
                key,
                label,
                first_name,
                last_name,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"key", "label", "firstName", "lastName"}
            }
            resource.additional_properties = extra__props
        return resource

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


_plain__class: type[Resource] | None = (
    Resource
    if {field.name for field in _attrs_fields(Resource)}
    == {"key", "label", "first_name", "last_name", "additional_properties"}
    and not hasattr(Resource, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
