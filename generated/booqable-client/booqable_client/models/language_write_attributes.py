from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="LanguageWriteAttributes")


@_attrs_define
class LanguageWriteAttributes:
    """Attributes that can be sent when creating or updating a language.

    Attributes:
        translations_attributes (Sequence[dict[str, Any]] | Unset): Creates or updates the nested translations in the
            same request.
    """

    translations_attributes: Sequence[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        translations_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations_attributes, Unset):
            translations_attributes = list(self.translations_attributes)

        if translations_attributes is not UNSET:
            field_dict["translations_attributes"] = translations_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LanguageWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _translations_attributes = d.get("translations_attributes", UNSET)
        translations_attributes: Sequence[dict[str, Any]] | Unset = UNSET
        if isinstance(_translations_attributes, list):
            for translations_attributes_item in _translations_attributes:
                if not (type(translations_attributes_item) is dict) and not isinstance(
                    translations_attributes_item, dict
                ):
                    raise FieldError(
                        "object",
                        translations_attributes_item,
                        _position(_translations_attributes, translations_attributes_item),
                        "translations_attributes",
                    )
            translations_attributes = _translations_attributes
        elif _translations_attributes is not UNSET:
            raise FieldError("array", _translations_attributes, "translations_attributes")

        if translations_attributes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            language_write_attributes = _new__object(cls)
            language_write_attributes.translations_attributes = translations_attributes
            language_write_attributes.additional_properties = {}
        else:
            language_write_attributes = cls(
                translations_attributes,
            )
        if len(d) + n__absent != 1:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"translations_attributes"}
            }
            language_write_attributes.additional_properties = extra__props
        return language_write_attributes

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


_plain__class: type[LanguageWriteAttributes] | None = (
    LanguageWriteAttributes
    if {field.name for field in _attrs_fields(LanguageWriteAttributes)}
    == {"translations_attributes", "additional_properties"}
    and not hasattr(LanguageWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
