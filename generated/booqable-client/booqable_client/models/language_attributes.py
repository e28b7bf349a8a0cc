from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="LanguageAttributes")


@_attrs_define
class LanguageAttributes:
    """Attributes of a language as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            identifier (str | Unset):
            name (str | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
            translations_attributes (list[dict[str, Any]] | Unset): Creates or updates the nested translations in the same
                request.
    """

    created_at: datetime.datetime | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    translations_attributes: list[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        identifier = self.identifier
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        translations_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.translations_attributes, Unset):
            translations_attributes = self.translations_attributes

        if translations_attributes is not UNSET:
            field_dict["translations_attributes"] = translations_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (LanguageAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        identifier = d.get("identifier", UNSET)
        if not (type(identifier) is str):
            if identifier is UNSET:
                n__absent += 1
            elif not isinstance(identifier, str):
                raise FieldError("string", identifier, "identifier")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        _translations_attributes = d.get("translations_attributes", UNSET)
        translations_attributes: list[dict[str, Any]] | Unset = UNSET
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
            language_attributes = _new__object(cls)
            language_attributes.created_at = created_at
            language_attributes.identifier = identifier
            language_attributes.name = name
            language_attributes.updated_at = updated_at
            language_attributes.translations_attributes = translations_attributes
            language_attributes.additional_properties = {}
        else:
            language_attributes = cls(
                created_at,
                identifier,
                name,
                updated_at,
                translations_attributes,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"created_at", "identifier", "name", "updated_at", "translations_attributes"}
            }
            language_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[LanguageAttributes] | None = (
    LanguageAttributes
    if {field.name for field in _attrs_fields(LanguageAttributes)}
    == {"created_at", "identifier", "name", "updated_at", "translations_attributes", "additional_properties"}
    and not hasattr(LanguageAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
