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

T = TypeVar("T", bound="PriceRulesetWriteAttributes")


@_attrs_define
class PriceRulesetWriteAttributes:
    """Attributes that can be sent when creating or updating a price ruleset.

    Attributes:
        make_name_unique (bool | Unset):
        name (str | Unset):
        price_rules_attributes (Sequence[dict[str, Any]] | Unset): Creates or updates the nested price rules in the same
            request.
    """

    make_name_unique: bool | Unset = UNSET
    name: str | Unset = UNSET
    price_rules_attributes: Sequence[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            price_rules_attributes = list(self.price_rules_attributes)

        if price_rules_attributes is not UNSET:
            field_dict["price_rules_attributes"] = price_rules_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
        price_rules_attributes: Sequence[dict[str, Any]] | Unset = UNSET
        if isinstance(_price_rules_attributes, list):
            for price_rules_attributes_item in _price_rules_attributes:
                if not (type(price_rules_attributes_item) is dict) and not isinstance(
                    price_rules_attributes_item, dict
                ):
                    raise FieldError(
                        "object",
                        price_rules_attributes_item,
                        _position(_price_rules_attributes, price_rules_attributes_item),
                        "price_rules_attributes",
                    )
            price_rules_attributes = _price_rules_attributes
        elif _price_rules_attributes is not UNSET:
            raise FieldError("array", _price_rules_attributes, "price_rules_attributes")

        if price_rules_attributes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            price_ruleset_write_attributes = _new__object(cls)
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

    __repr__ = _model__repr


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
