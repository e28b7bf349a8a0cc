from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        self_ = self.self_
        if self_ is not UNSET:
            field_dict["self"] = self_
        first = self.first
        if first is not UNSET:
            field_dict["first"] = first
        last = self.last
        if last is not UNSET:
            field_dict["last"] = last
        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev
        if prev is not UNSET:
            field_dict["prev"] = prev
        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaginationLinks)", d)
            d = dict(d)
        n__absent = 0
        self_ = d.get("self", UNSET)
        if not (type(self_) is str):
            if self_ is UNSET:
                n__absent += 1
            elif not isinstance(self_, str):
                raise FieldError("string", self_, "self")

        first = d.get("first", UNSET)
        if not (type(first) is str):
            if first is UNSET:
                n__absent += 1
            elif not isinstance(first, str):
                raise FieldError("string", first, "first")

        last = d.get("last", UNSET)
        if not (type(last) is str):
            if last is UNSET:
                n__absent += 1
            elif not isinstance(last, str):
                raise FieldError("string", last, "last")

        prev = d.get("prev", UNSET)
        if not (type(prev) is str or prev is None):
            if prev is UNSET:
                n__absent += 1
            elif not (isinstance(prev, str) or prev is None):
                raise FieldError("string or null", prev, "prev")

        next_ = d.get("next", UNSET)
        if not (type(next_) is str or next_ is None):
            if next_ is UNSET:
                n__absent += 1
            elif not (isinstance(next_, str) or next_ is None):
                raise FieldError("string or null", next_, "next")

        if cls is _plain__class:
            pagination_links = _new__object(cls)
            pagination_links.self_ = self_
            pagination_links.first = first
            pagination_links.last = last
            pagination_links.prev = prev
            pagination_links.next_ = next_
            pagination_links.additional_properties = {}
        else:
            pagination_links = cls(
                self_,
                first,
                last,
                prev,
                next_,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"self", "first", "last", "prev", "next"}
            }
            pagination_links.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[PaginationLinks] | None = (
    PaginationLinks
    if {field.name for field in _attrs_fields(PaginationLinks)}
    == {"self_", "first", "last", "prev", "next_", "additional_properties"}
    and not hasattr(PaginationLinks, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
