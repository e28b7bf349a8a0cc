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

T = TypeVar("T", bound="TaxCategoryWriteAttributes")


@_attrs_define
class TaxCategoryWriteAttributes:
    """Attributes that can be sent when creating or updating a tax category.

    Attributes:
        default (bool | Unset):
        name (str | Unset):
        tax_rates_attributes (Sequence[dict[str, Any]] | Unset): Creates or updates the nested tax rates in the same
            request.
    """

    default: bool | Unset = UNSET
    name: str | Unset = UNSET
    tax_rates_attributes: Sequence[dict[str, Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        default = self.default
        if default is not UNSET:
            field_dict["default"] = default
        name = self.name
        if name is not UNSET:
            field_dict["name"] = name
        tax_rates_attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_rates_attributes, Unset):
            tax_rates_attributes = list(self.tax_rates_attributes)

        if tax_rates_attributes is not UNSET:
            field_dict["tax_rates_attributes"] = tax_rates_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (TaxCategoryWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        default = d.get("default", UNSET)
        if not (default is True or default is False):
            if default is UNSET:
                n__absent += 1
            elif not isinstance(default, bool):
                raise FieldError("boolean", default, "default")

        name = d.get("name", UNSET)
        if not (type(name) is str):
            if name is UNSET:
                n__absent += 1
            elif not isinstance(name, str):
                raise FieldError("string", name, "name")

        _tax_rates_attributes = d.get("tax_rates_attributes", UNSET)
        tax_rates_attributes: Sequence[dict[str, Any]] | Unset = UNSET
        if isinstance(_tax_rates_attributes, list):
            for tax_rates_attributes_item in _tax_rates_attributes:
                if not (type(tax_rates_attributes_item) is dict) and not isinstance(tax_rates_attributes_item, dict):
                    raise FieldError(
                        "object",
                        tax_rates_attributes_item,
                        _position(_tax_rates_attributes, tax_rates_attributes_item),
                        "tax_rates_attributes",
                    )
            tax_rates_attributes = _tax_rates_attributes
        elif _tax_rates_attributes is not UNSET:
            raise FieldError("array", _tax_rates_attributes, "tax_rates_attributes")

        if tax_rates_attributes is UNSET:
            n__absent += 1

        if cls is _plain__class:
            tax_category_write_attributes = _new__object(cls)
            tax_category_write_attributes.default = default
            tax_category_write_attributes.name = name
            tax_category_write_attributes.tax_rates_attributes = tax_rates_attributes
            tax_category_write_attributes.additional_properties = {}
        else:
            tax_category_write_attributes = cls(
                default,
                name,
                tax_rates_attributes,
            )
        if len(d) + n__absent != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"default", "name", "tax_rates_attributes"}
            }
            tax_category_write_attributes.additional_properties = extra__props
        return tax_category_write_attributes

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


_plain__class: type[TaxCategoryWriteAttributes] | None = (
    TaxCategoryWriteAttributes
    if {field.name for field in _attrs_fields(TaxCategoryWriteAttributes)}
    == {"default", "name", "tax_rates_attributes", "additional_properties"}
    and not hasattr(TaxCategoryWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
