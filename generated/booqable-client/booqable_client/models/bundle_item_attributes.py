from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError, parse_uuid
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import naive_datetime as _naive__datetime
from ..lib._fields import new_object as _new__object
from ..lib._fields import parse_datetime as _datetime__parse
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleItemAttributes")


@_attrs_define
class BundleItemAttributes:
    """Attributes of a bundle item as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        archived = self.archived
        if archived is not UNSET:
            field_dict["archived"] = archived
        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        elif isinstance(self.archived_at, datetime.datetime):
            archived_at = (
                self.archived_at.isoformat().replace("+00:00", "Z")
                if self.archived_at.tzinfo is not None
                else _naive__datetime("archived_at_type_0")
            )
        else:
            archived_at = self.archived_at
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        bundle_id: str | Unset = UNSET
        if not isinstance(self.bundle_id, Unset):
            bundle_id = str(self.bundle_id)
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        discount_percentage = self.discount_percentage
        if discount_percentage is not UNSET:
            field_dict["discount_percentage"] = discount_percentage
        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        else:
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
        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = (
                self.updated_at.isoformat().replace("+00:00", "Z")
                if self.updated_at.tzinfo is not None
                else _naive__datetime("updated_at")
            )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BundleItemAttributes)", d)
            d = dict(d)
        n__absent = 0
        archived = d.get("archived", UNSET)
        if not (archived is True or archived is False):
            if archived is UNSET:
                n__absent += 1
            elif not isinstance(archived, bool):
                raise FieldError("boolean", archived, "archived")

        _archived_at = d.get("archived_at", UNSET)
        archived_at: datetime.datetime | None | Unset
        if _archived_at is None or _archived_at is UNSET:
            archived_at = _archived_at
        elif isinstance(_archived_at, str):
            _archived_at_type_0 = _archived_at
            try:
                archived_at_type_0 = _datetime__parse(_archived_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _archived_at_type_0, "archived_at") from None

            archived_at = archived_at_type_0
        else:
            raise FieldError("date-time string or null", _archived_at, "archived_at")

        if archived_at is UNSET:
            n__absent += 1

        _bundle_id = d.get("bundle_id", UNSET)
        bundle_id: UUID | Unset = UNSET
        if _bundle_id is not UNSET:
            try:
                bundle_id = parse_uuid(_bundle_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _bundle_id, "bundle_id") from None

        if bundle_id is UNSET:
            n__absent += 1

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
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
        if not (type(photo_id) is str or photo_id is None):
            if photo_id is UNSET:
                n__absent += 1
            elif not (isinstance(photo_id, str) or photo_id is None):
                raise FieldError("string or null", photo_id, "photo_id")

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

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = UNSET
        if _updated_at is not UNSET:
            try:
                updated_at = _datetime__parse(_updated_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _updated_at, "updated_at") from None

        if updated_at is UNSET:
            n__absent += 1

        if cls is _plain__class:
            bundle_item_attributes = _new__object(cls)
            bundle_item_attributes.archived = archived
            bundle_item_attributes.archived_at = archived_at
            bundle_item_attributes.bundle_id = bundle_id
            bundle_item_attributes.created_at = created_at
            bundle_item_attributes.discount_percentage = discount_percentage
            bundle_item_attributes.photo_id = photo_id
            bundle_item_attributes.position = position
            bundle_item_attributes.product_group_id = product_group_id
            bundle_item_attributes.product_id = product_id
            bundle_item_attributes.quantity = quantity
            bundle_item_attributes.updated_at = updated_at
            bundle_item_attributes.additional_properties = {}
        else:
            bundle_item_attributes = cls(
                archived,
                archived_at,
                bundle_id,
                created_at,
                discount_percentage,
                photo_id,
                position,
                product_group_id,
                product_id,
                quantity,
                updated_at,
            )
        if len(d) + n__absent != 11:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "bundle_id",
                    "created_at",
                    "discount_percentage",
                    "photo_id",
                    "position",
                    "product_group_id",
                    "product_id",
                    "quantity",
                    "updated_at",
                }
            }
            bundle_item_attributes.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[BundleItemAttributes] | None = (
    BundleItemAttributes
    if {field.name for field in _attrs_fields(BundleItemAttributes)}
    == {
        "archived",
        "archived_at",
        "bundle_id",
        "created_at",
        "discount_percentage",
        "photo_id",
        "position",
        "product_group_id",
        "product_id",
        "quantity",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(BundleItemAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
