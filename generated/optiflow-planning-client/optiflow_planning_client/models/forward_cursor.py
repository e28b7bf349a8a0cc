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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        next_ = self.next_
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ForwardCursor)", d)
            d = dict(d)
        n__absent = 0
        next_ = d.get("next", UNSET)
        if not (type(next_) is str):
            if next_ is UNSET:
                n__absent += 1
            elif not isinstance(next_, str):
                raise FieldError("string", next_, "next")

        if cls is _plain__class:
            forward_cursor = _new__object(cls)
            forward_cursor.next_ = next_
            forward_cursor.additional_properties = {}
        else:
            forward_cursor = cls(
                next_,
            )
        if len(d) + n__absent != 1:
            extra__props = {prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"next"}}
            forward_cursor.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ForwardCursor] | None = (
    ForwardCursor
    if {field.name for field in _attrs_fields(ForwardCursor)} == {"next_", "additional_properties"}
    and not hasattr(ForwardCursor, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
