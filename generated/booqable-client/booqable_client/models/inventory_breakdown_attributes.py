from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryBreakdownAttributes")


@_attrs_define
class InventoryBreakdownAttributes:
    """Attributes of an inventory breakdown as read from the API. Every attribute is optional because sparse fieldsets
    (`fields[...]`) can leave any of them out.

        Attributes:
            downtime_count (int | Unset):
            from_ (datetime.datetime | Unset):
            inventory_breakdown_type (str | Unset):
            location_id (UUID | Unset): ID of the related location.
            product_id (UUID | Unset): ID of the related product.
            started (int | Unset):
            status (str | Unset):
            stock_count (int | Unset):
            till (datetime.datetime | Unset):
    """

    downtime_count: int | Unset = UNSET
    from_: datetime.datetime | Unset = UNSET
    inventory_breakdown_type: str | Unset = UNSET
    location_id: UUID | Unset = UNSET
    product_id: UUID | Unset = UNSET
    started: int | Unset = UNSET
    status: str | Unset = UNSET
    stock_count: int | Unset = UNSET
    till: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        downtime_count = self.downtime_count

        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat().replace("+00:00", "Z")

        inventory_breakdown_type = self.inventory_breakdown_type

        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        started = self.started

        status = self.status

        stock_count = self.stock_count

        till: str | Unset = UNSET
        if not isinstance(self.till, Unset):
            till = self.till.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if downtime_count is not UNSET:
            field_dict["downtime_count"] = downtime_count
        if from_ is not UNSET:
            field_dict["from"] = from_
        if inventory_breakdown_type is not UNSET:
            field_dict["inventory_breakdown_type"] = inventory_breakdown_type
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if started is not UNSET:
            field_dict["started"] = started
        if status is not UNSET:
            field_dict["status"] = status
        if stock_count is not UNSET:
            field_dict["stock_count"] = stock_count
        if till is not UNSET:
            field_dict["till"] = till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (InventoryBreakdownAttributes)", src_dict)
        d = dict(src_dict)
        downtime_count = d.pop("downtime_count", UNSET)
        if (
            not (isinstance(downtime_count, int) and downtime_count is not True and downtime_count is not False)
            and downtime_count is not UNSET
        ):
            raise FieldError("integer", downtime_count, "downtime_count")

        _from_ = d.pop("from", UNSET)
        from_: datetime.datetime | Unset = UNSET
        if _from_ is not UNSET:
            try:
                from_ = datetime.datetime.fromisoformat(_from_)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _from_, "from") from None

        inventory_breakdown_type = d.pop("inventory_breakdown_type", UNSET)
        if not isinstance(inventory_breakdown_type, str) and inventory_breakdown_type is not UNSET:
            raise FieldError("string", inventory_breakdown_type, "inventory_breakdown_type")

        _location_id = d.pop("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = UUID(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = UUID(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        started = d.pop("started", UNSET)
        if not (isinstance(started, int) and started is not True and started is not False) and started is not UNSET:
            raise FieldError("integer", started, "started")

        status = d.pop("status", UNSET)
        if not isinstance(status, str) and status is not UNSET:
            raise FieldError("string", status, "status")

        stock_count = d.pop("stock_count", UNSET)
        if (
            not (isinstance(stock_count, int) and stock_count is not True and stock_count is not False)
            and stock_count is not UNSET
        ):
            raise FieldError("integer", stock_count, "stock_count")

        _till = d.pop("till", UNSET)
        till: datetime.datetime | Unset = UNSET
        if _till is not UNSET:
            try:
                till = datetime.datetime.fromisoformat(_till)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _till, "till") from None

        inventory_breakdown_attributes = cls(
            downtime_count=downtime_count,
            from_=from_,
            inventory_breakdown_type=inventory_breakdown_type,
            location_id=location_id,
            product_id=product_id,
            started=started,
            status=status,
            stock_count=stock_count,
            till=till,
        )

        inventory_breakdown_attributes.additional_properties = d
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
