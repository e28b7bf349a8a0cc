from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        self_: None | str | Unset
        if isinstance(self.self_, Unset):
            self_ = UNSET
        else:
            self_ = self.self_

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous is not UNSET:
            field_dict["previous"] = previous
        if self_ is not UNSET:
            field_dict["self"] = self_
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Cursors)", src_dict)
        d = dict(src_dict)
        previous = d.pop("previous", UNSET)
        if not (isinstance(previous, str) or previous is None) and previous is not UNSET:
            raise FieldError("string or null", previous, "previous")

        self_ = d.pop("self", UNSET)
        if not (isinstance(self_, str) or self_ is None) and self_ is not UNSET:
            raise FieldError("string or null", self_, "self")

        next_ = d.pop("next", UNSET)
        if not (isinstance(next_, str) or next_ is None) and next_ is not UNSET:
            raise FieldError("string or null", next_, "next")

        cursors = cls(
            previous=previous,
            self_=self_,
            next_=next_,
        )

        cursors.additional_properties = d
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
