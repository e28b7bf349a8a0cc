from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="MenuAttributes")


@_attrs_define
class MenuAttributes:
    """Attributes of a menu as read from the API. `required` lists the attributes Booqable always sends; a sparse fieldset
    (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            key (str | Unset):
            title (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            menu_items_attributes (list[dict[str, Any]] | Unset): Creates or updates the nested menu items in the same
                request.
    """

    created_at: datetime.datetime | Unset = UNSET
    key: str | Unset = UNSET
    title: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    menu_items_attributes: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        key = self.key
        if key is not UNSET:
            field_dict["key"] = key
        title = self.title
        if title is not UNSET:
            field_dict["title"] = title
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        menu_items_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.menu_items_attributes, Unset):
            menu_items_attributes = self.menu_items_attributes

        if menu_items_attributes is not UNSET:
            field_dict["menu_items_attributes"] = menu_items_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (MenuAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        key = d.get("key", UNSET)
        if not (type(key) is str):
            if key is UNSET:
                n__absent += 1
            elif not isinstance(key, str):
                raise FieldError("string", key, "key")

        title = d.get("title", UNSET)
        if not (type(title) is str):
            if title is UNSET:
                n__absent += 1
            elif not isinstance(title, str):
                raise FieldError("string", title, "title")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _menu_items_attributes = d.get("menu_items_attributes", UNSET)
        menu_items_attributes: list[dict[str, Any]] | Unset = UNSET
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

        if cls is _plain__class:
            menu_attributes = _new__object(cls)
            menu_attributes.created_at = created_at
            menu_attributes.key = key
            menu_attributes.title = title
            menu_attributes.updated_at = updated_at
            menu_attributes.menu_items_attributes = menu_items_attributes
            menu_attributes.additional_properties = {}
        else:
            menu_attributes = cls(
                created_at,
                key,
                title,
                updated_at,
                menu_items_attributes,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"created_at", "key", "title", "updated_at", "menu_items_attributes"}
            }
            menu_attributes.additional_properties = extra__props
        return menu_attributes

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


_plain__class: type[MenuAttributes] | None = (
    MenuAttributes
    if {field.name for field in _attrs_fields(MenuAttributes)}
    == {"created_at", "key", "title", "updated_at", "menu_items_attributes", "additional_properties"}
    and not hasattr(MenuAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
