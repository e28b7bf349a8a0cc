from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleItemAttributes")


@_attrs_define
class BundleItemAttributes:
    """Attributes of a bundle item as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            bundle_id (UUID | Unset): ID of the related bundle. Can only be set when the record is created.
            created_at (datetime.datetime | Unset): When the record was created.
            discount_percentage (float | Unset):
            photo_id (None | str | Unset): Unverified: the examples show `null`, which the field list does not allow.
            position (int | Unset):
            product_group_id (UUID | Unset): ID of the related product group. Can only be set when the record is created.
            product_id (None | Unset | UUID): ID of the related product.
            quantity (int | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    bundle_id: UUID | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    discount_percentage: float | Unset = UNSET
    photo_id: None | str | Unset = UNSET
    position: int | Unset = UNSET
    product_group_id: UUID | Unset = UNSET
    product_id: None | Unset | UUID = UNSET
    quantity: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = self.archived_at.isoformat().replace("+00:00", "Z")
        else:
            archived_at = self.archived_at

        bundle_id: str | Unset = UNSET
        if not isinstance(self.bundle_id, Unset):
            bundle_id = str(self.bundle_id)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        discount_percentage = self.discount_percentage

        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        else:
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
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BundleItemAttributes)", src_dict)
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

        _bundle_id = d.pop("bundle_id", UNSET)
        bundle_id: UUID | Unset = UNSET
        if _bundle_id is not UNSET:
            try:
                bundle_id = UUID(_bundle_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_id, "bundle_id") from None

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = datetime.datetime.fromisoformat(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

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
        if not (isinstance(photo_id, str) or photo_id is None) and photo_id is not UNSET:
            raise FieldError("string or null", photo_id, "photo_id")

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

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        bundle_item_attributes = cls(
            archived=archived,
            archived_at=archived_at,
            bundle_id=bundle_id,
            created_at=created_at,
            discount_percentage=discount_percentage,
            photo_id=photo_id,
            position=position,
            product_group_id=product_group_id,
            product_id=product_id,
            quantity=quantity,
            updated_at=updated_at,
        )

        bundle_item_attributes.additional_properties = d
        return bundle_item_attributes

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
