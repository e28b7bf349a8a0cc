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

T = TypeVar("T", bound="Style")


@_attrs_define
class Style:
    """How an item is drawn on the planning.

    Attributes:
        background_color (str | Unset): Background colour, `#RRGGBB`. Example: #65A18D.
        color (str | Unset): Text colour, `#RRGGBB`. Example: #000000.
    """

    background_color: str | Unset = UNSET
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        background_color = self.background_color
        if background_color is not UNSET:
            field_dict["backgroundColor"] = background_color
        color = self.color
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Style)", d)
            d = dict(d)
        n__absent = 0
        background_color = d.get("backgroundColor", UNSET)
        if not (type(background_color) is str):
            if background_color is UNSET:
                n__absent += 1
            elif not isinstance(background_color, str):
                raise FieldError("string", background_color, "backgroundColor")

        color = d.get("color", UNSET)
        if not (type(color) is str):
            if color is UNSET:
                n__absent += 1
            elif not isinstance(color, str):
                raise FieldError("string", color, "color")

        if cls is _plain__class:
            style = _new__object(cls)
            style.background_color = background_color
            style.color = color
            style.additional_properties = {}
        else:
            style = cls(
                background_color,
                color,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"backgroundColor", "color"}
            }
            style.additional_properties = extra__props
        return style

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


_plain__class: type[Style] | None = (
    Style
    if {field.name for field in _attrs_fields(Style)} == {"background_color", "color", "additional_properties"}
    and not hasattr(Style, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
