from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.tag_for import TagFor
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagAttributes")


@_attrs_define
class TagAttributes:
    """Attributes of a tag as read from the API. `required` lists the attributes Booqable always sends; a sparse fieldset
    (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            count (int | Unset):
            name (str | Unset):
            for_ (TagFor | Unset): Values of `for` on tags.
    """

    count: int | Unset = UNSET
    name: str | Unset = UNSET
    for_: TagFor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        count = self.count
        if count is not UNSET:
            field_dict["count"] = count
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        for_: str | Unset = UNSET
        if not isinstance(self.for_, Unset):
            for_ = self.for_.value

        if for_ is not UNSET:
            field_dict["for"] = for_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TagAttributes)", d)
            d = dict(d)
        n__absent = 0
        count = d.get("count", UNSET)
        if not (type(count) is int):
            if count is UNSET:
                n__absent += 1
            elif not (isinstance(count, int) and count is not True and count is not False):
                raise FieldError("integer", count, "count")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _for_ = d.get("for", UNSET)
        for_: TagFor | Unset = UNSET
        if type(_for_) is str:
            for_ = TagFor._by__value.get(_for_) or TagFor(_for_)
        elif isinstance(_for_, str):
            for_ = TagFor(_for_)
        elif _for_ is not UNSET:
            raise FieldError("string (TagFor)", _for_, "for")

        if for_ is UNSET:
            n__absent += 1

        if cls is _plain__class:
            tag_attributes = _new__object(cls)
            tag_attributes.count = count
            tag_attributes.name = name
            tag_attributes.for_ = for_
            tag_attributes.additional_properties = {}
        else:
            tag_attributes = cls(
                count,
                name,
                for_,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"count", "name", "for"}
            }
            tag_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[TagAttributes] | None = (
    TagAttributes
    if {field.name for field in _attrs_fields(TagAttributes)} == {"count", "name", "for_", "additional_properties"}
    and not hasattr(TagAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
