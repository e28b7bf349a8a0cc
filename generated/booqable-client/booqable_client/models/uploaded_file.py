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

T = TypeVar("T", bound="UploadedFile")


@_attrs_define
class UploadedFile:
    """A stored file as the API describes it; `url` is null until a file is attached.

    Attributes:
        url (None | str | Unset): Where the file can be read.
    """

    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (UploadedFile)", d)
            d = dict(d)
        n__absent = 0
        url = d.get("url", UNSET)
        if not (type(url) is str or url is None):
            if url is UNSET:
                n__absent += 1
            elif not (isinstance(url, str) or url is None):
                raise FieldError("string or null", url, "url")

        if cls is _plain__class:
            uploaded_file = _new__object(cls)
            uploaded_file.url = url
            uploaded_file.additional_properties = {}
        else:
            uploaded_file = cls(
                url,
            )
        if len(d) + n__absent != 1:
            extra__props = {prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"url"}}
            uploaded_file.additional_properties = extra__props
        return uploaded_file

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


_plain__class: type[UploadedFile] | None = (
    UploadedFile
    if {field.name for field in _attrs_fields(UploadedFile)} == {"url", "additional_properties"}
    and not hasattr(UploadedFile, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
