from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleItemWriteAttributes")


@_attrs_define
class BundleItemWriteAttributes:
    """Attributes that can be sent when creating or updating a bundle item.

    Attributes:
        bundle_id (UUID | Unset): ID of the related bundle. Can only be set when the record is created.
        discount_percentage (float | Unset):
        photo_id (str | Unset):
        position (int | Unset):
        product_group_id (UUID | Unset): ID of the related product group. Can only be set when the record is created.
        product_id (None | Unset | UUID): ID of the related product.
        quantity (int | Unset):
    """

    bundle_id: UUID | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    photo_id: str | Unset = UNSET
    position: int | Unset = UNSET
    product_group_id: UUID | Unset = UNSET
    product_id: None | Unset | UUID = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        bundle_id: str | Unset = UNSET
        if not isinstance(self.bundle_id, Unset):
            bundle_id = str(self.bundle_id)
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        photo_id = self.photo_id
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        position = self.position
        if position is not UNSET:
            field_dict["position"] = position
        product_group_id: str | Unset = UNSET
        if not isinstance(self.product_group_id, Unset):
            product_group_id = str(self.product_group_id)
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, UUID):
            product_id = str(self.product_id)
        else:
            product_id = self.product_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BundleItemWriteAttributes)", d)
            d = dict(d)
        n__absent = 0
        _bundle_id = d.get("bundle_id", UNSET)
        bundle_id: UUID | Unset = UNSET
        if _bundle_id is not UNSET:
            try:
                bundle_id = parse_uuid(_bundle_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_id, "bundle_id") from None

        if bundle_id is UNSET:
            n__absent += 1

        discount_percentage = d.get("discount_percentage", UNSET)
        if not (type(discount_percentage) is float or type(discount_percentage) is int):
            if discount_percentage is UNSET:
                n__absent += 1
            elif not (
                isinstance(discount_percentage, float)
                or (
                    isinstance(discount_percentage, int)
                    and discount_percentage is not True
                    and discount_percentage is not False
                )
            ):
                raise FieldError("number", discount_percentage, "discount_percentage")

        photo_id = d.get("photo_id", UNSET)
        if not (type(photo_id) is str):
            if photo_id is UNSET:
                n__absent += 1
            elif not isinstance(photo_id, str):
                raise FieldError("string", photo_id, "photo_id")

        position = d.get("position", UNSET)
        if not (type(position) is int):
            if position is UNSET:
                n__absent += 1
            elif not (isinstance(position, int) and position is not True and position is not False):
                raise FieldError("integer", position, "position")

        _product_group_id = d.get("product_group_id", UNSET)
        product_group_id: UUID | Unset = UNSET
        if _product_group_id is not UNSET:
            try:
                product_group_id = parse_uuid(_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_group_id, "product_group_id") from None

        if product_group_id is UNSET:
            n__absent += 1

        _product_id = d.get("product_id", UNSET)
        product_id: None | Unset | UUID
        if _product_id is None or _product_id is UNSET:
            product_id = _product_id
        elif isinstance(_product_id, str):
            _product_id_type_0 = _product_id
            try:
                product_id_type_0 = parse_uuid(_product_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id_type_0, "product_id") from None

            product_id = product_id_type_0
        else:
            raise FieldError("UUID string or null", _product_id, "product_id")

        if product_id is UNSET:
            n__absent += 1

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False):
                raise FieldError("integer", quantity, "quantity")

        if cls is _plain__class:
            bundle_item_write_attributes = _new__object(cls)
            bundle_item_write_attributes.bundle_id = bundle_id
            bundle_item_write_attributes.discount_percentage = discount_percentage
            bundle_item_write_attributes.photo_id = photo_id
            bundle_item_write_attributes.position = position
            bundle_item_write_attributes.product_group_id = product_group_id
            bundle_item_write_attributes.product_id = product_id
            bundle_item_write_attributes.quantity = quantity
            bundle_item_write_attributes.additional_properties = {}
        else:
            bundle_item_write_attributes = cls(
                bundle_id,
                discount_percentage,
                photo_id,
                position,
                product_group_id,
                product_id,
                quantity,
            )
        if len(d) + n__absent != 7:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "bundle_id",
                    "discount_percentage",
                    "photo_id",
                    "position",
                    "product_group_id",
                    "product_id",
                    "quantity",
                }
            }
            bundle_item_write_attributes.additional_properties = extra__props
        return bundle_item_write_attributes

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

    if TYPE_CHECKING:
        from ..models.bundle import Bundle
        from ..models.product import Product
        from ..models.product_group import ProductGroup

    def relate(
        self,
        *,
        bundle: Bundle | Unset = UNSET,
        product: Product | None | Unset = UNSET,
        product_group: ProductGroup | Unset = UNSET,
    ) -> BundleItemWriteAttributes:
        """Point this bundle item at related records, by model: each keyword sets an id attribute.

        `bundle=` sets `bundle_id`.
        `product=` sets `product_id` (`None` clears it).
        `product_group=` sets `product_group_id`.
        Returns this object, so it can be written inline."""
        if not isinstance(bundle, Unset):
            self.bundle_id = bundle.id
        if not isinstance(product, Unset):
            self.product_id = None if product is None else product.id
        if not isinstance(product_group, Unset):
            self.product_group_id = product_group.id
        return self


_plain__class: type[BundleItemWriteAttributes] | None = (
    BundleItemWriteAttributes
    if {field.name for field in _attrs_fields(BundleItemWriteAttributes)}
    == {
        "bundle_id",
        "discount_percentage",
        "photo_id",
        "position",
        "product_group_id",
        "product_id",
        "quantity",
        "additional_properties",
    }
    and not hasattr(BundleItemWriteAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
