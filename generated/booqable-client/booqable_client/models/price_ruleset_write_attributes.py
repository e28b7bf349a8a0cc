from __future__ import annotations

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


T = TypeVar("T", bound="PriceRulesetWriteAttributes")


@_attrs_define
class PriceRulesetWriteAttributes:
    """Attributes that can be sent when creating or updating a price ruleset.

    Attributes:
        make_name_unique (bool | Unset):
        name (str | Unset):
        price_rules_attributes (list[JsonObject] | Unset): Creates or updates the nested price rules in the same
            request.
    """

    make_name_unique: bool | Unset = UNSET
    name: str | Unset = UNSET
    price_rules_attributes: list[JsonObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        make_name_unique = self.make_name_unique

        name = self.name

        price_rules_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_rules_attributes, Unset):
            price_rules_attributes = []
            for price_rules_attributes_item_data in self.price_rules_attributes:
                price_rules_attributes_item = price_rules_attributes_item_data.to_dict()
                price_rules_attributes.append(price_rules_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if make_name_unique is not UNSET:
            field_dict["make_name_unique"] = make_name_unique
        if name is not UNSET:
            field_dict["name"] = name
        if price_rules_attributes is not UNSET:
            field_dict["price_rules_attributes"] = price_rules_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PriceRulesetWriteAttributes)", src_dict)
        d = dict(src_dict)
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

        price_ruleset_write_attributes = cls(
            make_name_unique=make_name_unique,
            name=name,
            price_rules_attributes=price_rules_attributes,
        )

        price_ruleset_write_attributes.additional_properties = d
        return price_ruleset_write_attributes

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
