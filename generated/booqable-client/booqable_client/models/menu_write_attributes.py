from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="MenuWriteAttributes")


@_attrs_define
class MenuWriteAttributes:
    """Attributes that can be sent when creating or updating a menu.

    Attributes:
        key (str | Unset):
        menu_items_attributes (list[JsonObject] | Unset): Creates or updates the nested menu items in the same request.
        title (str | Unset):
    """

    key: str | Unset = UNSET
    menu_items_attributes: list[JsonObject] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        key = self.key

        menu_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.menu_items_attributes, Unset):
            menu_items_attributes = []
            for menu_items_attributes_item_data in self.menu_items_attributes:
                menu_items_attributes_item = menu_items_attributes_item_data.to_dict()
                menu_items_attributes.append(menu_items_attributes_item)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if menu_items_attributes is not UNSET:
            field_dict["menu_items_attributes"] = menu_items_attributes
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (MenuWriteAttributes)", src_dict)
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if not isinstance(key, str) and key is not UNSET:
            raise FieldError("string", key, "key")

        _menu_items_attributes = d.pop("menu_items_attributes", UNSET)
        menu_items_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_menu_items_attributes, list):
            menu_items_attributes = []
            try:
                for menu_items_attributes_item_data in _menu_items_attributes:
                    menu_items_attributes_item = JsonObject.from_dict(menu_items_attributes_item_data)

                    menu_items_attributes.append(menu_items_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(menu_items_attributes))
                field__error.segments.append("menu_items_attributes")
                raise
        elif _menu_items_attributes is not UNSET:
            raise FieldError("array", _menu_items_attributes, "menu_items_attributes")

        title = d.pop("title", UNSET)
        if not isinstance(title, str) and title is not UNSET:
            raise FieldError("string", title, "title")

        menu_write_attributes = cls(
            key=key,
            menu_items_attributes=menu_items_attributes,
            title=title,
        )

        menu_write_attributes.additional_properties = d
        return menu_write_attributes

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
