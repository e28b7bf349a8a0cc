from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
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
        bundle_id: str | Unset = UNSET
        if not isinstance(self.bundle_id, Unset):
            bundle_id = str(self.bundle_id)

        discount_percentage = self.discount_percentage

        photo_id = self.photo_id

        position = self.position

        product_group_id: str | Unset = UNSET
        if not isinstance(self.product_group_id, Unset):
            product_group_id = str(self.product_group_id)

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        elif isinstance(self.product_id, UUID):
            product_id = str(self.product_id)
        else:
            product_id = self.product_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if position is not UNSET:
            field_dict["position"] = position
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BundleItemWriteAttributes)", src_dict)
        d = dict(src_dict)
        _bundle_id = d.pop("bundle_id", UNSET)
        bundle_id: UUID | Unset = UNSET
        if _bundle_id is not UNSET:
            try:
                bundle_id = UUID(_bundle_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_id, "bundle_id") from None

        discount_percentage = d.pop("discount_percentage", UNSET)
        if (
            not (
                isinstance(discount_percentage, float)
                or (
                    isinstance(discount_percentage, int)
                    and discount_percentage is not True
                    and discount_percentage is not False
                )
            )
            and discount_percentage is not UNSET
        ):
            raise FieldError("number", discount_percentage, "discount_percentage")

        photo_id = d.pop("photo_id", UNSET)
        if not isinstance(photo_id, str) and photo_id is not UNSET:
            raise FieldError("string", photo_id, "photo_id")

        position = d.pop("position", UNSET)
        if not (isinstance(position, int) and position is not True and position is not False) and position is not UNSET:
            raise FieldError("integer", position, "position")

        _product_group_id = d.pop("product_group_id", UNSET)
        product_group_id: UUID | Unset = UNSET
        if _product_group_id is not UNSET:
            try:
                product_group_id = UUID(_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_group_id, "product_group_id") from None

        _product_id = d.pop("product_id", UNSET)
        product_id: None | Unset | UUID
        if _product_id is None or _product_id is UNSET:
            product_id = _product_id
        elif isinstance(_product_id, str):
            _product_id_type_0 = _product_id
            try:
                product_id_type_0 = UUID(_product_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id_type_0, "product_id") from None

            product_id = product_id_type_0
        else:
            raise FieldError("UUID string or null", _product_id, "product_id")

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False) and quantity is not UNSET:
            raise FieldError("integer", quantity, "quantity")

        bundle_item_write_attributes = cls(
            bundle_id=bundle_id,
            discount_percentage=discount_percentage,
            photo_id=photo_id,
            position=position,
            product_group_id=product_group_id,
            product_id=product_id,
            quantity=quantity,
        )

        bundle_item_write_attributes.additional_properties = d
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
