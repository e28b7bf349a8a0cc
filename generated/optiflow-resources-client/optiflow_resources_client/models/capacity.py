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

T = TypeVar("T", bound="Capacity")


@_attrs_define
class Capacity:
    """One capacity of a transport resource.

    Attributes:
        type_ (str | Unset): Kind of capacity, such as volume or weight (the portal's list was cut off, so no enum
            here). Default: 'volume'. Example: volume.
        value (float | Unset): Amount of that capacity. Example: 33.
    """

    type_: str | Unset = "volume"
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        type_ = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_
        value = self.value
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Capacity)", d)
            d = dict(d)
        n__absent = 0
        type_ = d.get("type", UNSET)
        if not (type(type_) is str):
            if type_ is UNSET:
                n__absent += 1
            elif not isinstance(type_, str):
                raise FieldError("string", type_, "type")

        value = d.get("value", UNSET)
        if not (type(value) is float or type(value) is int):
            if value is UNSET:
                n__absent += 1
            elif not (
                isinstance(value, float) or (isinstance(value, int) and value is not True and value is not False)
            ):
                raise FieldError("number", value, "value")

        if cls is _plain__class:
            capacity = _new__object(cls)
            capacity.type_ = type_
            capacity.value = value
            capacity.additional_properties = {}
        else:
            capacity = cls(
                type_,
                value,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"type", "value"}
            }
            capacity.additional_properties = extra__props
        return capacity

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


_plain__class: type[Capacity] | None = (
    Capacity
    if {field.name for field in _attrs_fields(Capacity)} == {"type_", "value", "additional_properties"}
    and not hasattr(Capacity, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
