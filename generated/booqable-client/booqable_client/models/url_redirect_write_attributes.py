from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        from_path = self.from_path

        to_path = self.to_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_path is not UNSET:
            field_dict["from_path"] = from_path
        if to_path is not UNSET:
            field_dict["to_path"] = to_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (UrlRedirectWriteAttributes)", src_dict)
        d = dict(src_dict)
        from_path = d.pop("from_path", UNSET)
        if not isinstance(from_path, str) and from_path is not UNSET:
            raise FieldError("string", from_path, "from_path")

        to_path = d.pop("to_path", UNSET)
        if not isinstance(to_path, str) and to_path is not UNSET:
            raise FieldError("string", to_path, "to_path")

        url_redirect_write_attributes = cls(
            from_path=from_path,
            to_path=to_path,
        )

        url_redirect_write_attributes.additional_properties = d
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
