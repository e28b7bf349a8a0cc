from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="MenuWriteAttributes")


@_attrs_define
class MenuWriteAttributes:
    """Attributes that can be sent when creating or updating a menu.

    Attributes:
        key (str | Unset):
        menu_items_attributes (Sequence[dict[str, Any]] | Unset): Creates or updates the nested menu items in the same
            request.
        title (str | Unset):
    """

    key: str | Unset = UNSET
    menu_items_attributes: Sequence[dict[str, Any]] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        key = self.key
        if key is not UNSET:
            field_dict["key"] = key
        menu_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.menu_items_attributes, Unset):
            menu_items_attributes = list(self.menu_items_attributes)

        if menu_items_attributes is not UNSET:
            field_dict["menu_items_attributes"] = menu_items_attributes
        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (MenuWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        key = d.get("key", UNSET)
        if not (type(key) is str):
            if key is UNSET:
                n__absent += 1
            elif not isinstance(key, str):
                raise FieldError("string", key, "key")

        _menu_items_attributes = d.get("menu_items_attributes", UNSET)
        menu_items_attributes: Sequence[dict[str, Any]] | Unset = UNSET
        if isinstance(_menu_items_attributes, list):
            for menu_items_attributes_item in _menu_items_attributes:
                if not (type(menu_items_attributes_item) is dict) and not isinstance(menu_items_attributes_item, dict):
                    raise FieldError(
                        "object",
                        menu_items_attributes_item,
                        _position(_menu_items_attributes, menu_items_attributes_item),
                        "menu_items_attributes",
                    )
            menu_items_attributes = _menu_items_attributes
        elif _menu_items_attributes is not UNSET:
            raise FieldError("array", _menu_items_attributes, "menu_items_attributes")

        if menu_items_attributes is UNSET:
            n__absent += 1

        title = d.get("title", UNSET)
        if not (type(title) is str):
            if title is UNSET:
                n__absent += 1
            elif not isinstance(title, str):
                raise FieldError("string", title, "title")

        if cls is _plain__class:
            menu_write_attributes = _new__object(cls)
            menu_write_attributes.key = key
            menu_write_attributes.menu_items_attributes = menu_items_attributes
            menu_write_attributes.title = title
            menu_write_attributes.additional_properties = {}
        else:
            menu_write_attributes = cls(
                key,
                menu_items_attributes,
                title,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"key", "menu_items_attributes", "title"}
            }
            menu_write_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[MenuWriteAttributes] | None = (
    MenuWriteAttributes
    if {field.name for field in _attrs_fields(MenuWriteAttributes)}
    == {"key", "menu_items_attributes", "title", "additional_properties"}
    and not hasattr(MenuWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
