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

T = TypeVar("T", bound="StockItemTrackerAttributes")


@_attrs_define
class StockItemTrackerAttributes:
    """Attributes of a stock item tracker as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            product_tracker_id (UUID | Unset): ID of the related product tracker.
            quantity (int | Unset):
            stock_item_id (UUID | Unset): ID of the related stock item.
            updated_at (datetime.datetime | Unset): Returned in the examples but missing from the field list; its type is
                inferred. When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    product_tracker_id: UUID | Unset = UNSET
    quantity: int | Unset = UNSET
    stock_item_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        product_tracker_id: str | Unset = UNSET
        if not isinstance(self.product_tracker_id, Unset):
            product_tracker_id = str(self.product_tracker_id)
        if product_tracker_id is not UNSET:
            field_dict["product_tracker_id"] = product_tracker_id
        quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        stock_item_id: str | Unset = UNSET
        if not isinstance(self.stock_item_id, Unset):
            stock_item_id = str(self.stock_item_id)
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
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
                raise FieldError("object (StockItemTrackerAttributes)", d)
            d = dict(d)
        n__absent = 0
        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _product_tracker_id = d.get("product_tracker_id", UNSET)
        product_tracker_id: UUID | Unset = UNSET
        if _product_tracker_id is not UNSET:
            try:
                product_tracker_id = parse_uuid(_product_tracker_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_tracker_id, "product_tracker_id") from None

        if product_tracker_id is UNSET:
            n__absent += 1

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False):
                raise FieldError("integer", quantity, "quantity")

        _stock_item_id = d.get("stock_item_id", UNSET)
        stock_item_id: UUID | Unset = UNSET
        if _stock_item_id is not UNSET:
            try:
                stock_item_id = parse_uuid(_stock_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id, "stock_item_id") from None

        if stock_item_id is UNSET:
            n__absent += 1

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
            stock_item_tracker_attributes = _new__object(cls)
            stock_item_tracker_attributes.created_at = created_at
            stock_item_tracker_attributes.product_tracker_id = product_tracker_id
            stock_item_tracker_attributes.quantity = quantity
            stock_item_tracker_attributes.stock_item_id = stock_item_id
            stock_item_tracker_attributes.updated_at = updated_at
            stock_item_tracker_attributes.additional_properties = {}
        else:
            stock_item_tracker_attributes = cls(
                created_at,
                product_tracker_id,
                quantity,
                stock_item_id,
                updated_at,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"created_at", "product_tracker_id", "quantity", "stock_item_id", "updated_at"}
            }
            stock_item_tracker_attributes.additional_properties = extra__props
        return stock_item_tracker_attributes

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


_plain__class: type[StockItemTrackerAttributes] | None = (
    StockItemTrackerAttributes
    if {field.name for field in _attrs_fields(StockItemTrackerAttributes)}
    == {"created_at", "product_tracker_id", "quantity", "stock_item_id", "updated_at", "additional_properties"}
    and not hasattr(StockItemTrackerAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
