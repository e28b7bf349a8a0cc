from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.do_item import DoItem

_refs__resolved = False
_from_dict__DoItem: Callable[[Mapping[str, Any]], DoItem]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, DoItem  # noqa: PLW0603
    global _from_dict__DoItem  # noqa: PLW0603
    from ..models.do_item import DoItem  # noqa: PLC0415

    _from_dict__DoItem = DoItem.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="DoList")


@_attrs_define
class DoList:
    """Planned items matching a search.

    Attributes:
        items (list[DoItem]):
        total_items (int | Unset): Number of matching items (not seen in the known answers).
    """

    items: list[DoItem]
    total_items: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict["items"] = items
        total_items = self.total_items
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (DoList)", d)
            d = dict(d)
        n__absent = 0
        _items = d.get("items", UNSET)
        if isinstance(_items, list):
            items = []
            try:
                for items_item_data in _items:
                    items_item = _from_dict__DoItem(items_item_data)

                    items.append(items_item)
            except FieldError as field__error:
                field__error.segments.append(len(items))
                field__error.segments.append("items")
                raise
        else:
            raise FieldError("array", _items, "items")

        total_items = d.get("totalItems", UNSET)
        if not (type(total_items) is int):
            if total_items is UNSET:
                n__absent += 1
            elif not (isinstance(total_items, int) and total_items is not True and total_items is not False):
                raise FieldError("integer", total_items, "totalItems")

        if cls is _plain__class:
            do_list = _new__object(cls)
            do_list.items = items
            do_list.total_items = total_items
            do_list.additional_properties = {}
        else:
            do_list = cls(
                items,
                total_items,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"items", "totalItems"}
            }
            do_list.additional_properties = extra__props
        return do_list

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


_plain__class: type[DoList] | None = (
    DoList
    if {field.name for field in _attrs_fields(DoList)} == {"items", "total_items", "additional_properties"}
    and not hasattr(DoList, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
