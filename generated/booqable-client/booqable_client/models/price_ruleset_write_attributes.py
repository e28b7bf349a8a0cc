from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        make_name_unique = self.make_name_unique
        if make_name_unique is not UNSET:
            field_dict["make_name_unique"] = make_name_unique
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        price_rules_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.price_rules_attributes, Unset):
            price_rules_attributes = []
            for price_rules_attributes_item_data in self.price_rules_attributes:
                price_rules_attributes_item = price_rules_attributes_item_data.to_dict()
                price_rules_attributes.append(price_rules_attributes_item)

        if price_rules_attributes is not UNSET:
            field_dict["price_rules_attributes"] = price_rules_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PriceRulesetWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        make_name_unique = d.get("make_name_unique", UNSET)
        if not (make_name_unique is True or make_name_unique is False):
            if make_name_unique is UNSET:
                n__absent += 1
            elif not isinstance(make_name_unique, bool):
                raise FieldError("boolean", make_name_unique, "make_name_unique")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _price_rules_attributes = d.get("price_rules_attributes", UNSET)
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

        if price_rules_attributes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            price_ruleset_write_attributes = cls.__new__(cls)
            price_ruleset_write_attributes.make_name_unique = make_name_unique
            price_ruleset_write_attributes.name = name
            price_ruleset_write_attributes.price_rules_attributes = price_rules_attributes
            price_ruleset_write_attributes.additional_properties = {}
        else:
            price_ruleset_write_attributes = cls(
                make_name_unique,
                name,
                price_rules_attributes,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"make_name_unique", "name", "price_rules_attributes"}
            }
            price_ruleset_write_attributes.additional_properties = extra__props
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


_plain__class: type[PriceRulesetWriteAttributes] | None = (
    PriceRulesetWriteAttributes
    if {field.name for field in _attrs_fields(PriceRulesetWriteAttributes)}
    == {"make_name_unique", "name", "price_rules_attributes", "additional_properties"}
    and not hasattr(PriceRulesetWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
