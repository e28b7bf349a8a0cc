from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Cursor")


@_attrs_define
class Cursor:
    """Cursors around the returned page. A cursor is left out when there is no such page (`prev` on the first page, `next`
    on the last, `self` when the first request found nothing).

        Attributes:
            self_ (str | Unset): Cursor of the returned page. Example: c2VsZl9fcGFnZQ.
            prev (str | Unset): Cursor of the page before the returned one. Example: cHJldmlvdXNfX3BhZ2U.
            next_ (str | Unset): Cursor of the page after the returned one. Example: bmV4dF9fcGFnZQ.
    """

    self_: str | Unset = UNSET
    prev: str | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        prev = self.prev

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Cursor)", src_dict)
        d = dict(src_dict)
        self_ = d.pop("self", UNSET)
        if not isinstance(self_, str) and self_ is not UNSET:
            raise FieldError("string", self_, "self")

        prev = d.pop("prev", UNSET)
        if not isinstance(prev, str) and prev is not UNSET:
            raise FieldError("string", prev, "prev")

        next_ = d.pop("next", UNSET)
        if not isinstance(next_, str) and next_ is not UNSET:
            raise FieldError("string", next_, "next")

        cursor = cls(
            self_=self_,
            prev=prev,
            next_=next_,
        )

        cursor.additional_properties = d
        return cursor

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
