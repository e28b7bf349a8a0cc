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
from ..models.downtime_reason import DowntimeReason
from ..models.downtime_status import DowntimeStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DowntimeAttributes")


@_attrs_define
class DowntimeAttributes:
    """Attributes of a downtime as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            created_at (datetime.datetime | Unset): When the record was created.
            location_id (UUID | Unset): ID of the related location.
            product_group_id (UUID | Unset): ID of the related product group.
            product_id (UUID | Unset): ID of the related product.
            quantity (int | Unset):
            reason (DowntimeReason | Unset): Values of `reason` on downtimes.
            starts_at (datetime.datetime | Unset):
            status (DowntimeStatus | Unset): Values of `status` on downtimes.
            stock_item_id (None | Unset | UUID): ID of the related stock item.
            stops_at (datetime.datetime | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    created_at: datetime.datetime | Unset = UNSET
    location_id: UUID | Unset = UNSET
    product_group_id: UUID | Unset = UNSET
    product_id: UUID | Unset = UNSET
    quantity: int | Unset = UNSET
    reason: DowntimeReason | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    status: DowntimeStatus | Unset = UNSET
    stock_item_id: None | Unset | UUID = UNSET
    stops_at: datetime.datetime | Unset = UNSET
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
        location_id: str | Unset = UNSET
        if not isinstance(self.location_id, Unset):
            location_id = str(self.location_id)
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        product_group_id: str | Unset = UNSET
        if not isinstance(self.product_group_id, Unset):
            product_group_id = str(self.product_group_id)
        if product_group_id is not UNSET:
            field_dict["product_group_id"] = product_group_id
        product_id: str | Unset = UNSET
        if not isinstance(self.product_id, Unset):
            product_id = str(self.product_id)
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        if reason is not UNSET:
            field_dict["reason"] = reason
        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("starts_at")
            )
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        stock_item_id: None | str | Unset
        if isinstance(self.stock_item_id, Unset):
            stock_item_id = UNSET
        elif isinstance(self.stock_item_id, UUID):
            stock_item_id = str(self.stock_item_id)
        else:
            stock_item_id = self.stock_item_id
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        stops_at: str | Unset = UNSET
        if not isinstance(self.stops_at, Unset):
            stops_at = (
                self.stops_at.isoformat().replace("+00:00", "Z")
                if self.stops_at.tzinfo is not None
                else _naive__datetime("stops_at")
            )
        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
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
                raise FieldError("object (DowntimeAttributes)", d)
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

        _location_id = d.get("location_id", UNSET)
        location_id: UUID | Unset = UNSET
        if _location_id is not UNSET:
            try:
                location_id = parse_uuid(_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _location_id, "location_id") from None

        if location_id is UNSET:
            n__absent += 1

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
        product_id: UUID | Unset = UNSET
        if _product_id is not UNSET:
            try:
                product_id = parse_uuid(_product_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _product_id, "product_id") from None

        if product_id is UNSET:
            n__absent += 1

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False):
                raise FieldError("integer", quantity, "quantity")

        _reason = d.get("reason", UNSET)
        reason: DowntimeReason | Unset = UNSET
        if type(_reason) is str:
            reason = DowntimeReason._by__value.get(_reason) or DowntimeReason(_reason)
        elif isinstance(_reason, str):
            reason = DowntimeReason(_reason)
        elif _reason is not UNSET:
            raise FieldError("string (DowntimeReason)", _reason, "reason")

        if reason is UNSET:
            n__absent += 1

        _starts_at = d.get("starts_at", UNSET)
        starts_at: datetime.datetime | Unset = UNSET
        if _starts_at is not UNSET:
            try:
                starts_at = _datetime__parse(_starts_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _starts_at, "starts_at") from None

        if starts_at is UNSET:
            n__absent += 1

        _status = d.get("status", UNSET)
        status: DowntimeStatus | Unset = UNSET
        if type(_status) is str:
            status = DowntimeStatus._by__value.get(_status) or DowntimeStatus(_status)
        elif isinstance(_status, str):
            status = DowntimeStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (DowntimeStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _stock_item_id = d.get("stock_item_id", UNSET)
        stock_item_id: None | Unset | UUID
        if _stock_item_id is None or _stock_item_id is UNSET:
            stock_item_id = _stock_item_id
        elif isinstance(_stock_item_id, str):
            _stock_item_id_type_0 = _stock_item_id
            try:
                stock_item_id_type_0 = parse_uuid(_stock_item_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id_type_0, "stock_item_id") from None

            stock_item_id = stock_item_id_type_0
        else:
            raise FieldError("UUID string or null", _stock_item_id, "stock_item_id")

        if stock_item_id is UNSET:
            n__absent += 1

        _stops_at = d.get("stops_at", UNSET)
        stops_at: datetime.datetime | Unset = UNSET
        if _stops_at is not UNSET:
            try:
                stops_at = _datetime__parse(_stops_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _stops_at, "stops_at") from None

        if stops_at is UNSET:
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
            downtime_attributes = _new__object(cls)
            downtime_attributes.created_at = created_at
            downtime_attributes.location_id = location_id
            downtime_attributes.product_group_id = product_group_id
            downtime_attributes.product_id = product_id
            downtime_attributes.quantity = quantity
            downtime_attributes.reason = reason
            downtime_attributes.starts_at = starts_at
            downtime_attributes.status = status
            downtime_attributes.stock_item_id = stock_item_id
            downtime_attributes.stops_at = stops_at
            downtime_attributes.updated_at = updated_at
            downtime_attributes.additional_properties = {}
        else:
            downtime_attributes = cls(
                created_at,
                location_id,
                product_group_id,
                product_id,
                quantity,
                reason,
                starts_at,
                status,
                stock_item_id,
                stops_at,
                updated_at,
            )
        if len(d) + n__absent != 11:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "created_at",
                    "location_id",
                    "product_group_id",
                    "product_id",
                    "quantity",
                    "reason",
                    "starts_at",
                    "status",
                    "stock_item_id",
                    "stops_at",
                    "updated_at",
                }
            }
            downtime_attributes.additional_properties = extra__props
        return downtime_attributes

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


_plain__class: type[DowntimeAttributes] | None = (
    DowntimeAttributes
    if {field.name for field in _attrs_fields(DowntimeAttributes)}
    == {
        "created_at",
        "location_id",
        "product_group_id",
        "product_id",
        "quantity",
        "reason",
        "starts_at",
        "status",
        "stock_item_id",
        "stops_at",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(DowntimeAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
