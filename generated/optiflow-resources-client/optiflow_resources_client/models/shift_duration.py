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

T = TypeVar("T", bound="ShiftDuration")


@_attrs_define
class ShiftDuration:
    """Bounds on the length of the shift.

    Attributes:
        at_most (str): Longest length (ISO 8601 duration); positive, not below `start.window` nor `at_least`, and under
            seven days. Example: PT12H.
        at_least (str | Unset): Shortest length (ISO 8601 duration); positive and not below `start.window`. Example:
            PT8H.
    """

    at_most: str
    at_least: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["at_most"] = self.at_most
        at_least = self.at_least
        if at_least is not UNSET:
            field_dict["at_least"] = at_least

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ShiftDuration)", d)
            d = dict(d)
        n__absent = 0
        at_most = d.get("at_most", UNSET)
        if not (type(at_most) is str) and not isinstance(at_most, str):
            raise FieldError("string", at_most, "at_most")

        at_least = d.get("at_least", UNSET)
        if not (type(at_least) is str):
            if at_least is UNSET:
                n__absent += 1
            elif not isinstance(at_least, str):
                raise FieldError("string", at_least, "at_least")

        if cls is _plain__class:
            shift_duration = _new__object(cls)
            shift_duration.at_most = at_most
            shift_duration.at_least = at_least
            shift_duration.additional_properties = {}
        else:
            shift_duration = cls(
                at_most,
                at_least,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"at_most", "at_least"}
            }
            shift_duration.additional_properties = extra__props
        return shift_duration

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


_plain__class: type[ShiftDuration] | None = (
    ShiftDuration
    if {field.name for field in _attrs_fields(ShiftDuration)} == {"at_most", "at_least", "additional_properties"}
    and not hasattr(ShiftDuration, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
