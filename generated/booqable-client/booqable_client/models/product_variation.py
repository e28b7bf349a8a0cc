from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        bundle_item_id = str(self.bundle_item_id)
        field_dict["bundle_item_id"] = bundle_item_id
        product_id = str(self.product_id)
        field_dict["product_id"] = product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ProductVariation)", d)
            d = dict(d)
        _bundle_item_id = d.get("bundle_item_id", UNSET)
        try:
            bundle_item_id = parse_uuid(_bundle_item_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _bundle_item_id, "bundle_item_id") from None

        _product_id = d.get("product_id", UNSET)
        try:
            product_id = parse_uuid(_product_id)
        except (TypeError, ValueError, AttributeError):
            raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        if cls is _plain__class:
            product_variation = _new__object(cls)
            product_variation.bundle_item_id = bundle_item_id
            product_variation.product_id = product_id
            product_variation.additional_properties = {}
        else:
            product_variation = cls(
                bundle_item_id,
                product_id,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"bundle_item_id", "product_id"}
            }
            product_variation.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[ProductVariation] | None = (
    ProductVariation
    if {field.name for field in _attrs_fields(ProductVariation)}
    == {"bundle_item_id", "product_id", "additional_properties"}
    and not hasattr(ProductVariation, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
