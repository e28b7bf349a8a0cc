from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.language_resource_type import LanguageResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.language_write_attributes import LanguageWriteAttributes

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, LanguageWriteAttributes  # noqa: PLW0603
    from ..models.language_write_attributes import LanguageWriteAttributes  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="LanguageWriteData")


@_attrs_define
class LanguageWriteData:
    """The language in a create or update body.

    Attributes:
        type_ (LanguageResourceType): JSON:API type of the record.
        attributes (LanguageWriteAttributes): Attributes that can be sent when creating or updating a language.
        id (str | Unset): ID of the record (updates only).
    """

    type_: LanguageResourceType
    attributes: LanguageWriteAttributes
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        type_ = self.type_.value

        attributes = self.attributes.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LanguageWriteData)", src_dict)
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        if isinstance(_type_, str):
            type_ = LanguageResourceType(_type_)
        else:
            raise FieldError("string (LanguageResourceType)", _type_, "type")

        try:
            attributes = LanguageWriteAttributes.from_dict(d.pop("attributes", UNSET))
        except FieldError as field__error:
            field__error.segments.append("attributes")
            raise

        id = d.pop("id", UNSET)
        if not isinstance(id, str) and id is not UNSET:
            raise FieldError("string", id, "id")

        language_write_data = cls(
            type_=type_,
            attributes=attributes,
            id=id,
        )

        language_write_data.additional_properties = d
        return language_write_data

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
