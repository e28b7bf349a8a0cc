from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.task import Task

_refs__resolved = False
_from_dict__Task: Callable[[Mapping[str, Any]], Task]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, Task  # noqa: PLW0603
    global _from_dict__Task  # noqa: PLW0603
    from ..models.task import Task  # noqa: PLC0415

    _from_dict__Task = Task.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["totalItems"] = self.total_items
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TaskList)", d)
            d = dict(d)
        total_items = d.get("totalItems", UNSET)
        if not (type(total_items) is int) and not (
            isinstance(total_items, int) and total_items is not True and total_items is not False
        ):
            raise FieldError("integer", total_items, "totalItems")

        _items = d.get("items", UNSET)
        if isinstance(_items, list):
            items = []
            try:
                for items_item_data in _items:
                    items_item = _from_dict__Task(items_item_data)

                    items.append(items_item)
            except FieldError as field__error:
                field__error.segments.append(len(items))
                field__error.segments.append("items")
                raise
        else:
            raise FieldError("array", _items, "items")

        if cls is _plain__class:
            task_list = _new__object(cls)
            task_list.total_items = total_items
            task_list.items = items
            task_list.additional_properties = {}
        else:
            task_list = cls(
                total_items,
                items,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"totalItems", "items"}
            }
            task_list.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[TaskList] | None = (
    TaskList
    if {field.name for field in _attrs_fields(TaskList)} == {"total_items", "items", "additional_properties"}
    and not hasattr(TaskList, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
