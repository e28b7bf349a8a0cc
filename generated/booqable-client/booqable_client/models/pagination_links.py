from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationLinks")


@_attrs_define
class PaginationLinks:
    """Links to pages of the same list. Not every response carries them; the recorded responses have none, so page through
    with `page[number]` and `meta.stats.total.count`.

        Attributes:
            self_ (str | Unset):
            first (str | Unset):
            last (str | Unset):
            prev (None | str | Unset):
            next_ (None | str | Unset):
    """

    self_: str | Unset = UNSET
    first: str | Unset = UNSET
    last: str | Unset = UNSET
    prev: None | str | Unset = UNSET
    next_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        first = self.first

        last = self.last

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if prev is not UNSET:
            field_dict["prev"] = prev
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PaginationLinks)", src_dict)
        d = dict(src_dict)
        self_ = d.pop("self", UNSET)
        if not isinstance(self_, str) and self_ is not UNSET:
            raise FieldError("string", self_, "self")

        first = d.pop("first", UNSET)
        if not isinstance(first, str) and first is not UNSET:
            raise FieldError("string", first, "first")

        last = d.pop("last", UNSET)
        if not isinstance(last, str) and last is not UNSET:
            raise FieldError("string", last, "last")

        prev = d.pop("prev", UNSET)
        if not (isinstance(prev, str) or prev is None) and prev is not UNSET:
            raise FieldError("string or null", prev, "prev")

        next_ = d.pop("next", UNSET)
        if not (isinstance(next_, str) or next_ is None) and next_ is not UNSET:
            raise FieldError("string or null", next_, "next")

        pagination_links = cls(
            self_=self_,
            first=first,
            last=last,
            prev=prev,
            next_=next_,
        )

        pagination_links.additional_properties = d
        return pagination_links

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
