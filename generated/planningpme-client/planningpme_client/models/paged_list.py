from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        total_items = self.total_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalItems": total_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PagedList)", src_dict)
        d = dict(src_dict)
        total_items = d.pop("totalItems", UNSET)
        if not (isinstance(total_items, int) and total_items is not True and total_items is not False):
            raise FieldError("integer", total_items, "totalItems")

        paged_list = cls(
            total_items=total_items,
        )

        paged_list.additional_properties = d
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
