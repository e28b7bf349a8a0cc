from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.tag_for import TagFor
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagAttributes")


@_attrs_define
class TagAttributes:
    """Attributes of a tag as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`) can
    leave any of them out.

        Attributes:
            count (int | Unset):
            for_ (TagFor | Unset): Values of `for` on tags.
            name (str | Unset):
    """

    count: int | Unset = UNSET
    for_: TagFor | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        for_: str | Unset = UNSET
        if not isinstance(self.for_, Unset):
            for_ = self.for_.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if for_ is not UNSET:
            field_dict["for"] = for_
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TagAttributes)", src_dict)
        d = dict(src_dict)
        count = d.pop("count", UNSET)
        if not (isinstance(count, int) and count is not True and count is not False) and count is not UNSET:
            raise FieldError("integer", count, "count")

        _for_ = d.pop("for", UNSET)
        for_: TagFor | Unset = UNSET
        if isinstance(_for_, str):
            for_ = TagFor(_for_)
        elif _for_ is not UNSET:
            raise FieldError("string (TagFor)", _for_, "for")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        tag_attributes = cls(
            count=count,
            for_=for_,
            name=name,
        )

        tag_attributes.additional_properties = d
        return tag_attributes

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
