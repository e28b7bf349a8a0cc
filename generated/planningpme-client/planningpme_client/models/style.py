from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        background_color = self.background_color

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_color is not UNSET:
            field_dict["backgroundColor"] = background_color
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Style)", src_dict)
        d = dict(src_dict)
        background_color = d.pop("backgroundColor", UNSET)
        if not isinstance(background_color, str) and background_color is not UNSET:
            raise FieldError("string", background_color, "backgroundColor")

        color = d.pop("color", UNSET)
        if not isinstance(color, str) and color is not UNSET:
            raise FieldError("string", color, "color")

        style = cls(
            background_color=background_color,
            color=color,
        )

        style.additional_properties = d
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
