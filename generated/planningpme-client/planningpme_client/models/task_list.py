from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.task import Task

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, Task  # noqa: PLW0603
    from ..models.task import Task  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="TaskList")


@_attrs_define
class TaskList:
    """A page of tasks.

    Attributes:
        total_items (int): Number of items in the whole list, not just this page.
        items (list[Task]):
    """

    total_items: int
    items: list[Task]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        total_items = self.total_items

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalItems": total_items,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TaskList)", src_dict)
        d = dict(src_dict)
        total_items = d.pop("totalItems", UNSET)
        if not (isinstance(total_items, int) and total_items is not True and total_items is not False):
            raise FieldError("integer", total_items, "totalItems")

        _items = d.pop("items", UNSET)
        if isinstance(_items, list):
            items = []
            try:
                for items_item_data in _items:
                    items_item = Task.from_dict(items_item_data)

                    items.append(items_item)
            except FieldError as field__error:
                field__error.segments.append(len(items))
                field__error.segments.append("items")
                raise
        else:
            raise FieldError("array", _items, "items")

        task_list = cls(
            total_items=total_items,
            items=items,
        )

        task_list.additional_properties = d
        return task_list

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
