from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..models.downtime_reason import DowntimeReason
from ..models.downtime_status import DowntimeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DowntimeWriteAttributes")


@_attrs_define
class DowntimeWriteAttributes:
    """Attributes that can be sent when creating or updating a downtime.

    Attributes:
        location_id (UUID | Unset): ID of the related location.
        product_group_id (UUID | Unset): ID of the related product group.
        product_id (UUID | Unset): ID of the related product.
        quantity (int | Unset):
        reason (DowntimeReason | Unset): Values of `reason` on downtimes.
        starts_at (datetime.datetime | Unset):
        status (DowntimeStatus | Unset): Values of `status` on downtimes.
        stock_item_id (None | Unset | UUID): ID of the related stock item.
        stops_at (datetime.datetime | Unset):
    """

    location_id: UUID | Unset = UNSET
    product_group_id: UUID | Unset = UNSET
    product_id: UUID | Unset = UNSET
    quantity: int | Unset = UNSET
    reason: DowntimeReason | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    status: DowntimeStatus | Unset = UNSET
    stock_item_id: None | Unset | UUID = UNSET
    stops_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)

        product_group_id: str | Unset = UNSET
        if not isinstance(self.product_group_id, Unset):
            product_group_id = str(self.product_group_id)

        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)

        quantity = self.quantity

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stock_item_id: None | str | Unset
        if isinstance(self.stock_item_id, Unset):
            stock_item_id = UNSET
        elif isinstance(self.stock_item_id, UUID):
            stock_item_id = str(self.stock_item_id)
        else:
            stock_item_id = self.stock_item_id

        stops_at: str | Unset = UNSET
        if not isinstance(self.stops_at, Unset):
            stops_at = self.stops_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if reason is not UNSET:
            field_dict["reason"] = reason
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DowntimeWriteAttributes)", src_dict)
        d = dict(src_dict)
        _location_id = d.pop("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = UUID(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        _product_group_id = d.pop("product_group_id", UNSET)
        product_group_id: UUID | Unset = UNSET
        if _product_group_id is not UNSET:
            try:
                product_group_id = UUID(_product_group_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_group_id, "product_group_id") from None

        _product_id = d.pop("product_id", UNSET)
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = UUID(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        quantity = d.pop("quantity", UNSET)
        if not (isinstance(quantity, int) and quantity is not True and quantity is not False) and quantity is not UNSET:
            raise FieldError("integer", quantity, "quantity")

        _reason = d.pop("reason", UNSET)
        reason: DowntimeReason | Unset = UNSET
        if isinstance(_reason, str):
            reason = DowntimeReason(_reason)
        elif _reason is not UNSET:
            raise FieldError("string (DowntimeReason)", _reason, "reason")

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset = UNSET
        if _starts_at is not UNSET:
            try:
                starts_at = datetime.datetime.fromisoformat(_starts_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _starts_at, "starts_at") from None

        _status = d.pop("status", UNSET)
        status: DowntimeStatus | Unset = UNSET
        if isinstance(_status, str):
            status = DowntimeStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (DowntimeStatus)", _status, "status")

        _stock_item_id = d.pop("stock_item_id", UNSET)
        stock_item_id: None | Unset | UUID
        if _stock_item_id is None or _stock_item_id is UNSET:
            stock_item_id = _stock_item_id
        elif isinstance(_stock_item_id, str):
            _stock_item_id_type_0 = _stock_item_id
            try:
                stock_item_id_type_0 = UUID(_stock_item_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id_type_0, "stock_item_id") from None

            stock_item_id = stock_item_id_type_0
        else:
            raise FieldError("UUID string or null", _stock_item_id, "stock_item_id")

        _stops_at = d.pop("stops_at", UNSET)
        stops_at: datetime.datetime | Unset = UNSET
        if _stops_at is not UNSET:
            try:
                stops_at = datetime.datetime.fromisoformat(_stops_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _stops_at, "stops_at") from None

        downtime_write_attributes = cls(
            location_id=location_id,
            product_group_id=product_group_id,
            product_id=product_id,
            quantity=quantity,
            reason=reason,
            starts_at=starts_at,
            status=status,
            stock_item_id=stock_item_id,
            stops_at=stops_at,
        )

        downtime_write_attributes.additional_properties = d
        return downtime_write_attributes

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
        from ..models.location import Location
        from ..models.product import Product
        from ..models.stock_item import StockItem

    def relate(
        self,
        *,
        location: Location | Unset = UNSET,
        product: Product | Unset = UNSET,
        stock_item: StockItem | None | Unset = UNSET,
    ) -> DowntimeWriteAttributes:
        """Point this downtime at related records, by model: each keyword sets an id attribute.

        `location=` sets `location_id`.
        `product=` sets `product_id`.
        `stock_item=` sets `stock_item_id` (`None` clears it).
        Returns this object, so it can be written inline."""
        if not isinstance(location, Unset):
            self.location_id = location.id
        if not isinstance(product, Unset):
            self.product_id = product.id
        if not isinstance(stock_item, Unset):
            self.stock_item_id = None if stock_item is None else stock_item.id
        return self
