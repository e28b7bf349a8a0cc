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

T = TypeVar("T", bound="InventoryBreakdownAttributes")


@_attrs_define
class InventoryBreakdownAttributes:
    """Attributes of an inventory breakdown as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            downtime_count (int | Unset):
            inventory_breakdown_type (str | Unset):
            location_id (UUID | Unset): ID of the related location.
            product_id (UUID | Unset): ID of the related product.
            status (str | Unset):
            stock_count (int | Unset):
            from_ (datetime.datetime | Unset):
            started (int | Unset):
            till (datetime.datetime | Unset):
    """

    downtime_count: int | Unset = UNSET
    inventory_breakdown_type: str | Unset = UNSET
    location_id: UUID | Unset = UNSET
    product_id: UUID | Unset = UNSET
    status: str | Unset = UNSET
    stock_count: int | Unset = UNSET
    from_: datetime.datetime | Unset = UNSET
    started: int | Unset = UNSET
    till: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        downtime_count = self.downtime_count
        if downtime_count is not UNSET:
            field_dict["downtime_count"] = downtime_count
        inventory_breakdown_type = self.inventory_breakdown_type
        if inventory_breakdown_type is not UNSET:
            field_dict["inventory_breakdown_type"] = inventory_breakdown_type
        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        status = self.status
        if status is not UNSET:
            field_dict["status"] = status
        stock_count = self.stock_count
        if stock_count is not UNSET:
            field_dict["stock_count"] = stock_count
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = (
                self.from_.isoformat().replace("+00:00", "Z")
                if self.from_.tzinfo is not None
                else _naive__datetime("from")
            )
        if from_ is not UNSET:
            field_dict["from"] = from_
        started = self.started
        if started is not UNSET:
            field_dict["started"] = started
        till: str | Unset = UNSET
        if not isinstance(self.till, Unset):
            till = (
                self.till.isoformat().replace("+00:00", "Z")
                if self.till.tzinfo is not None
                else _naive__datetime("till")
            )
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InventoryBreakdownAttributes)", d)
            d = dict(d)
        n__absent = 0
        downtime_count = d.get("downtime_count", UNSET)
        if not (type(downtime_count) is int):
            if downtime_count is UNSET:
                n__absent += 1
            elif not (isinstance(downtime_count, int) and downtime_count is not True and downtime_count is not False):
                raise FieldError("integer", downtime_count, "downtime_count")

        inventory_breakdown_type = d.get("inventory_breakdown_type", UNSET)
        if not (type(inventory_breakdown_type) is str):
            if inventory_breakdown_type is UNSET:
                n__absent += 1
            elif not isinstance(inventory_breakdown_type, str):
                raise FieldError("string", inventory_breakdown_type, "inventory_breakdown_type")

        _location_id = d.get("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = parse_uuid(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        if location_id is UNSET:
            n__absent += 1

        _product_id = d.get("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = parse_uuid(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        if product_id is UNSET:
            n__absent += 1

        status = d.get("status", UNSET)
        if not (type(status) is str):
            if status is UNSET:
                n__absent += 1
            elif not isinstance(status, str):
                raise FieldError("string", status, "status")

        stock_count = d.get("stock_count", UNSET)
        if not (type(stock_count) is int):
            if stock_count is UNSET:
                n__absent += 1
            elif not (isinstance(stock_count, int) and stock_count is not True and stock_count is not False):
                raise FieldError("integer", stock_count, "stock_count")

        _from_ = d.get("from", UNSET)
        from_: datetime.datetime | Unset = UNSET
        if _from_ is not UNSET:
            try:
                from_ = _datetime__parse(_from_)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_, "from") from None

        if from_ is UNSET:
            n__absent += 1

        started = d.get("started", UNSET)
        if not (type(started) is int):
            if started is UNSET:
                n__absent += 1
            elif not (isinstance(started, int) and started is not True and started is not False):
                raise FieldError("integer", started, "started")

        _till = d.get("till", UNSET)
        till: datetime.datetime | Unset = UNSET
        if _till is not UNSET:
            try:
                till = _datetime__parse(_till)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till, "till") from None

        if till is UNSET:
            n__absent += 1

        if cls is _plain__class:
            inventory_breakdown_attributes = _new__object(cls)
            inventory_breakdown_attributes.downtime_count = downtime_count
            inventory_breakdown_attributes.inventory_breakdown_type = inventory_breakdown_type
            inventory_breakdown_attributes.location_id = location_id
            inventory_breakdown_attributes.product_id = product_id
            inventory_breakdown_attributes.status = status
            inventory_breakdown_attributes.stock_count = stock_count
            inventory_breakdown_attributes.from_ = from_
            inventory_breakdown_attributes.started = started
            inventory_breakdown_attributes.till = till
            inventory_breakdown_attributes.additional_properties = {}
        else:
            inventory_breakdown_attributes = cls(
                downtime_count,
                inventory_breakdown_type,
                location_id,
                product_id,
                status,
                stock_count,
                from_,
                started,
                till,
            )
        if len(d) + n__absent != 9:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "downtime_count",
                    "inventory_breakdown_type",
                    "location_id",
                    "product_id",
                    "status",
                    "stock_count",
                    "from",
                    "started",
                    "till",
                }
            }
            inventory_breakdown_attributes.additional_properties = extra__props
        return inventory_breakdown_attributes

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


_plain__class: type[InventoryBreakdownAttributes] | None = (
    InventoryBreakdownAttributes
    if {field.name for field in _attrs_fields(InventoryBreakdownAttributes)}
    == {
        "downtime_count",
        "inventory_breakdown_type",
        "location_id",
        "product_id",
        "status",
        "stock_count",
        "from_",
        "started",
        "till",
        "additional_properties",
    }
    and not hasattr(InventoryBreakdownAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
