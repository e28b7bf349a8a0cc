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

T = TypeVar("T", bound="UrlRedirectWriteAttributes")


@_attrs_define
class UrlRedirectWriteAttributes:
    """Attributes that can be sent when creating or updating an url redirect.

    Attributes:
        from_path (str | Unset):
        to_path (str | Unset):
    """

    from_path: str | Unset = UNSET
    to_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        from_path = self.from_path
        if from_path is not UNSET:
            field_dict["from_path"] = from_path
        to_path = self.to_path
        if to_path is not UNSET:
            field_dict["to_path"] = to_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (UrlRedirectWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        from_path = d.get("from_path", UNSET)
        if not (type(from_path) is str):
            if from_path is UNSET:
                n__absent += 1
            elif not isinstance(from_path, str):
                raise FieldError("string", from_path, "from_path")

        to_path = d.get("to_path", UNSET)
        if not (type(to_path) is str):
            if to_path is UNSET:
                n__absent += 1
            elif not isinstance(to_path, str):
                raise FieldError("string", to_path, "to_path")

        if cls is _plain__class:
            url_redirect_write_attributes = _new__object(cls)
            url_redirect_write_attributes.from_path = from_path
            url_redirect_write_attributes.to_path = to_path
            url_redirect_write_attributes.additional_properties = {}
        else:
            url_redirect_write_attributes = cls(
                from_path,
                to_path,
            )
        if len(d) + n__absent != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"from_path", "to_path"}
            }
            url_redirect_write_attributes.additional_properties = extra__props
        return url_redirect_write_attributes

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


_plain__class: type[UrlRedirectWriteAttributes] | None = (
    UrlRedirectWriteAttributes
    if {field.name for field in _attrs_fields(UrlRedirectWriteAttributes)}
    == {"from_path", "to_path", "additional_properties"}
    and not hasattr(UrlRedirectWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
