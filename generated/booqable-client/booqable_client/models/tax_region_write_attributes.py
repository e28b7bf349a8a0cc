from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.tax_region_strategy import TaxRegionStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="TaxRegionWriteAttributes")


@_attrs_define
class TaxRegionWriteAttributes:
    """Attributes that can be sent when creating or updating a tax region.

    Attributes:
        default (bool | Unset):
        name (str | Unset):
        strategy (TaxRegionStrategy | Unset): Values of `strategy` on tax regions.
        tax_rates_attributes (list[JsonObject] | Unset): Creates or updates the nested tax rates in the same request.
    """

    default: bool | Unset = UNSET
    name: str | Unset = UNSET
    strategy: TaxRegionStrategy | Unset = UNSET
    tax_rates_attributes: list[JsonObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        default = self.default

        name = self.name

        strategy: str | Unset = UNSET
        if not isinstance(self.strategy, Unset):
            strategy = self.strategy.value

        tax_rates_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_rates_attributes, Unset):
            tax_rates_attributes = []
            for tax_rates_attributes_item_data in self.tax_rates_attributes:
                tax_rates_attributes_item = tax_rates_attributes_item_data.to_dict()
                tax_rates_attributes.append(tax_rates_attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default is not UNSET:
            field_dict["default"] = default
        if name is not UNSET:
            field_dict["name"] = name
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if tax_rates_attributes is not UNSET:
            field_dict["tax_rates_attributes"] = tax_rates_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (TaxRegionWriteAttributes)", src_dict)
        d = dict(src_dict)
        default = d.pop("default", UNSET)
        if not isinstance(default, bool) and default is not UNSET:
            raise FieldError("boolean", default, "default")

        name = d.pop("name", UNSET)
        if not isinstance(name, str) and name is not UNSET:
            raise FieldError("string", name, "name")

        _strategy = d.pop("strategy", UNSET)
        strategy: TaxRegionStrategy | Unset = UNSET
        if isinstance(_strategy, str):
            strategy = TaxRegionStrategy(_strategy)
        elif _strategy is not UNSET:
            raise FieldError("string (TaxRegionStrategy)", _strategy, "strategy")

        _tax_rates_attributes = d.pop("tax_rates_attributes", UNSET)
        tax_rates_attributes: list[JsonObject] | Unset = UNSET
        if isinstance(_tax_rates_attributes, list):
            tax_rates_attributes = []
            try:
                for tax_rates_attributes_item_data in _tax_rates_attributes:
                    tax_rates_attributes_item = JsonObject.from_dict(tax_rates_attributes_item_data)

                    tax_rates_attributes.append(tax_rates_attributes_item)
            except FieldError as field__error:
                field__error.segments.append(len(tax_rates_attributes))
                field__error.segments.append("tax_rates_attributes")
                raise
        elif _tax_rates_attributes is not UNSET:
            raise FieldError("array", _tax_rates_attributes, "tax_rates_attributes")

        tax_region_write_attributes = cls(
            default=default,
            name=name,
            strategy=strategy,
            tax_rates_attributes=tax_rates_attributes,
        )

        tax_region_write_attributes.additional_properties = d
        return tax_region_write_attributes

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
