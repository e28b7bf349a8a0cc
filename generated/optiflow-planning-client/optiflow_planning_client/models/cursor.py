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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        self_ = self.self_
        if self_ is not UNSET:
            field_dict["self"] = self_
        prev = self.prev
        if prev is not UNSET:
            field_dict["prev"] = prev
        next_ = self.next_
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Cursor)", d)
            d = dict(d)
        n__absent = 0
        self_ = d.get("self", UNSET)
        if not (type(self_) is str):
            if self_ is UNSET:
                n__absent += 1
            elif not isinstance(self_, str):
                raise FieldError("string", self_, "self")

        prev = d.get("prev", UNSET)
        if not (type(prev) is str):
            if prev is UNSET:
                n__absent += 1
            elif not isinstance(prev, str):
                raise FieldError("string", prev, "prev")

        next_ = d.get("next", UNSET)
        if not (type(next_) is str):
            if next_ is UNSET:
                n__absent += 1
            elif not isinstance(next_, str):
                raise FieldError("string", next_, "next")

        if cls is _plain__class:
            cursor = _new__object(cls)
            cursor.self_ = self_
            cursor.prev = prev
            cursor.next_ = next_
            cursor.additional_properties = {}
        else:
            cursor = cls(
                self_,
                prev,
                next_,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"self", "prev", "next"}
            }
            cursor.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[Cursor] | None = (
    Cursor
    if {field.name for field in _attrs_fields(Cursor)} == {"self_", "prev", "next_", "additional_properties"}
    and not hasattr(Cursor, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
