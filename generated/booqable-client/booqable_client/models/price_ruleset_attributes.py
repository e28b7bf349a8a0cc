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


T = TypeVar("T", bound="PriceRulesetAttributes")


@_attrs_define
class PriceRulesetAttributes:
    """Attributes of a price ruleset as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            description (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            make_name_unique (bool | Unset):
            name (str | Unset):
            price_rules_attributes (list[JsonObject] | Unset): Creates or updates the nested price rules in the same
                request.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    make_name_unique: bool | Unset = UNSET
    name: str | Unset = UNSET
    price_rules_attributes: list[JsonObject] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        make_name_unique = self.make_name_unique

        name = self.name

        price_rules_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_rules_attributes, Unset):
            price_rules_attributes = []
            for price_rules_attributes_item_data in self.price_rules_attributes:
                price_rules_attributes_item = price_rules_attributes_item_data.to_dict()
                price_rules_attributes.append(price_rules_attributes_item)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if make_name_unique is not UNSET:
            field_dict["make_name_unique"] = make_name_unique
        if name is not UNSET:
            field_dict["name"] = name
        if price_rules_attributes is not UNSET:
            field_dict["price_rules_attributes"] = price_rules_attributes
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PriceRulesetAttributes)", src_dict)
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)
        if not isinstance(archived, bool) and archived is not UNSET:
            raise FieldError("boolean", archived, "archived")

        _archived_at = d.pop("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = datetime.datetime.fromisoformat(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        description = d.pop("description", UNSET)
        if not (isinstance(description, str) or description is None) and description is not UNSET:
            raise FieldError("string or null", description, "description")

        make_name_unique = d.pop("make_name_unique", UNSET)
        if not isinstance(make_name_unique, bool) and make_name_unique is not UNSET:
            raise FieldError("boolean", make_name_unique, "make_name_unique")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _price_rules_attributes = d.pop("price_rules_attributes", UNSET)
        price_rules_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_price_rules_attributes, list):
            price_rules_attributes = []
            try:
                for price_rules_attributes_item_data in _price_rules_attributes:
                    price_rules_attributes_item = JsonObject.from_dict(price_rules_attributes_item_data)

                    price_rules_attributes.append(price_rules_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(price_rules_attributes))
                field__error.segments.append("price_rules_attributes")
                raise
        elif _price_rules_attributes is not UNSET:
            raise FieldError("array", _price_rules_attributes, "price_rules_attributes")

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        price_ruleset_attributes = cls(
            archived=archived,
            archived_at=archived_at,
            created_at=created_at,
            description=description,
            make_name_unique=make_name_unique,
            name=name,
            price_rules_attributes=price_rules_attributes,
            updated_at=updated_at,
        )

        price_ruleset_attributes.additional_properties = d
        return price_ruleset_attributes

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
