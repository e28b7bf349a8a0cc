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

T = TypeVar("T", bound="Cursors")


@_attrs_define
class Cursors:
    """Opaque pointers to pages next to the current one; pass one as the `cursor` query parameter. A pointer is null when
    that page does not exist.

        Attributes:
            previous (None | str | Unset): The page before this one. Example: cHJldmlvdXNfX3BhZ2U.
            self_ (None | str | Unset): This page. Example: c2VsZl9fcGFnZQ.
            next_ (None | str | Unset): The page after this one. Example: bmV4dF9fcGFnZQ.
    """

    previous: None | str | Unset = UNSET
    self_: None | str | Unset = UNSET
    next_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous
        if previous is not UNSET:
            field_dict["previous"] = previous
        self_: None | str | Unset
        if isinstance(self.self_, Unset):
            self_ = UNSET
        else:
            self_ = self.self_
        if self_ is not UNSET:
            field_dict["self"] = self_
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
                raise FieldError("object (Cursors)", d)
            d = dict(d)
        n__absent = 0
        previous = d.get("previous", UNSET)
        if not (type(previous) is str or previous is None):
            if previous is UNSET:
                n__absent += 1
            elif not (isinstance(previous, str) or previous is None):
                raise FieldError("string or null", previous, "previous")

        self_ = d.get("self", UNSET)
        if not (type(self_) is str or self_ is None):
            if self_ is UNSET:
                n__absent += 1
            elif not (isinstance(self_, str) or self_ is None):
                raise FieldError("string or null", self_, "self")

        next_ = d.get("next", UNSET)
        if not (type(next_) is str or next_ is None):
            if next_ is UNSET:
                n__absent += 1
            elif not (isinstance(next_, str) or next_ is None):
                raise FieldError("string or null", next_, "next")

        if cls is _plain__class:
            cursors = _new__object(cls)
            cursors.previous = previous
            cursors.self_ = self_
            cursors.next_ = next_
            cursors.additional_properties = {}
        else:
            cursors = cls(
                previous,
                self_,
                next_,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"previous", "self", "next"}
            }
            cursors.additional_properties = extra__props
        return cursors

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


_plain__class: type[Cursors] | None = (
    Cursors
    if {field.name for field in _attrs_fields(Cursors)} == {"previous", "self_", "next_", "additional_properties"}
    and not hasattr(Cursors, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
