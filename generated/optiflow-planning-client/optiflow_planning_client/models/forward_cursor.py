from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForwardCursor")


@_attrs_define
class ForwardCursor:
    """Cursor for moving forward only; `next` is left out on the last page.

    Attributes:
        next_ (str | Unset): Cursor of the page after the returned one. Example: bmV4dF9fcGFnZQ.
    """

    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ForwardCursor)", src_dict)
        d = dict(src_dict)
        next_ = d.pop("next", UNSET)
        if not isinstance(next_, str) and next_ is not UNSET:
            raise FieldError("string", next_, "next")

        forward_cursor = cls(
            next_=next_,
        )

        forward_cursor.additional_properties = d
        return forward_cursor

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
