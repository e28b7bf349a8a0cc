from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

T = TypeVar("T", bound="PagedList")


@_attrs_define
class PagedList:
    """The envelope every list comes in: the total number of items (across all pages) and the items of the requested page
    (or all of them when no page was asked for). The list schemas below add the type of `items`.

        Attributes:
            total_items (int): Number of items in the whole list, not just this page.
    """

    total_items: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["totalItems"] = self.total_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PagedList)", d)
            d = dict(d)
        total_items = d.get("totalItems", UNSET)
        if not (type(total_items) is int) and not (
            isinstance(total_items, int) and total_items is not True and total_items is not False
        ):
            raise FieldError("integer", total_items, "totalItems")

        if cls is _plain__class:
            paged_list = _new__object(cls)
            paged_list.total_items = total_items
            paged_list.additional_properties = {}
        else:
            paged_list = cls(
                total_items,
            )
        if len(d) != 1:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"totalItems"}
            }
            paged_list.additional_properties = extra__props
        return paged_list

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


_plain__class: type[PagedList] | None = (
    PagedList
    if {field.name for field in _attrs_fields(PagedList)} == {"total_items", "additional_properties"}
    and not hasattr(PagedList, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
