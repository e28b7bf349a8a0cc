from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

T = TypeVar("T", bound="ProductVariation")


@_attrs_define
class ProductVariation:
    """The product chosen for one bundle item whose product is left open.

    Attributes:
        bundle_item_id (UUID): ID of the bundle item.
        product_id (UUID): ID of the product chosen for it.
    """

    bundle_item_id: UUID
    product_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_item_id = str(self.bundle_item_id)

        product_id = str(self.product_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundle_item_id": bundle_item_id,
                "product_id": product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ProductVariation)", src_dict)
        d = dict(src_dict)
        _bundle_item_id = d.pop("bundle_item_id", UNSET)
        try:
            bundle_item_id = UUID(_bundle_item_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _bundle_item_id, "bundle_item_id") from None

        _product_id = d.pop("product_id", UNSET)
        try:
            product_id = UUID(_product_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        product_variation = cls(
            bundle_item_id=bundle_item_id,
            product_id=product_id,
        )

        product_variation.additional_properties = d
        return product_variation

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
