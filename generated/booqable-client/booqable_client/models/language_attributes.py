from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="LanguageAttributes")


@_attrs_define
class LanguageAttributes:
    """Attributes of a language as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            identifier (str | Unset):
            name (str | Unset):
            translations_attributes (list[JsonObject] | Unset): Creates or updates the nested translations in the same
                request.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    translations_attributes: list[JsonObject] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        identifier = self.identifier

        name = self.name

        translations_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations_attributes, Unset):
            translations_attributes = []
            for translations_attributes_item_data in self.translations_attributes:
                translations_attributes_item = translations_attributes_item_data.to_dict()
                translations_attributes.append(translations_attributes_item)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if translations_attributes is not UNSET:
            field_dict["translations_attributes"] = translations_attributes
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (LanguageAttributes)", src_dict)
        d = dict(src_dict)
        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        identifier = d.pop("identifier", UNSET)
        if not isinstance(identifier, str) and identifier is not UNSET:
            raise FieldError("string", identifier, "identifier")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _translations_attributes = d.pop("translations_attributes", UNSET)
        translations_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_translations_attributes, list):
            translations_attributes = []
            try:
                for translations_attributes_item_data in _translations_attributes:
                    translations_attributes_item = JsonObject.from_dict(translations_attributes_item_data)

                    translations_attributes.append(translations_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(translations_attributes))
                field__error.segments.append("translations_attributes")
                raise
        elif _translations_attributes is not UNSET:
            raise FieldError("array", _translations_attributes, "translations_attributes")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        language_attributes = cls(
            created_at=created_at,
            identifier=identifier,
            name=name,
            translations_attributes=translations_attributes,
            updated_at=updated_at,
        )

        language_attributes.additional_properties = d
        return language_attributes

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
