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
from ..models.planning_kind import PlanningKind
from ..models.rental_status import RentalStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanningAttributes")


@_attrs_define
class PlanningAttributes:
    """Attributes of a planning as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True when the planning was removed from its order through its line. Archiving the whole
                order sets `status` instead.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            downtime_id (None | Unset | UUID): ID of the related downtime.
            item_id (UUID | Unset): ID of the related item.
            location_shortage_amount (int | Unset): Units missing at the start location to fulfil this planning. Left out on
                bundle parent plannings.
            order_id (None | Unset | UUID): ID of the related order.
            parent_planning_id (None | Unset | UUID): Set on the nested plannings of a bundle: the bundle's own planning.
            planning_type (PlanningKind | Unset): Whether the booking belongs to a rental order or to a downtime.
            quantity (int | Unset): How many units of the item this planning books.
            reserved (bool | Unset): True when this planning takes units out of availability.
            reserved_from (datetime.datetime | Unset): Start of the period in which the units count as unavailable; may
                precede `starts_at` because of buffer time.
            reserved_till (datetime.datetime | Unset): End of the period in which the units count as unavailable; may follow
                `stops_at` because of buffer time.
            shortage_amount (int | Unset): Deprecated duplicate of `location_shortage_amount`.
            start_location_id (UUID | Unset): ID of the related start location.
            started (int | Unset): Units already started (picked up or delivered). Left out on bundle parent plannings.
            starts_at (datetime.datetime | Unset): Planned start of the activity (pickup or delivery for an order).
            status (RentalStatus | Unset): Where an order, planning or stock item planning is in the rental flow. `concept`
                is the former name of `draft`; recorded responses still return it for older orders.
            stop_location_id (UUID | Unset): ID of the related stop location.
            stopped (int | Unset): Units already stopped (returned). Left out on bundle parent plannings.
            stops_at (datetime.datetime | Unset): Planned end of the activity (return for an order).
            updated_at (datetime.datetime | Unset): When the record last changed.
            fulfillment_type (str | Unset): Only usable for sorting and filtering plannings by fulfilment type.
            item_name (str | Unset): Only usable for sorting plannings by item name.
            order_number (int | Unset): Only usable for sorting plannings by order number.
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    downtime_id: None | Unset | UUID = UNSET
    item_id: UUID | Unset = UNSET
    location_shortage_amount: int | Unset = UNSET
    order_id: None | Unset | UUID = UNSET
    parent_planning_id: None | Unset | UUID = UNSET
    planning_type: PlanningKind | Unset = UNSET
    quantity: int | Unset = UNSET
    reserved: bool | Unset = UNSET
    reserved_from: datetime.datetime | Unset = UNSET
    reserved_till: datetime.datetime | Unset = UNSET
    shortage_amount: int | Unset = UNSET
    start_location_id: UUID | Unset = UNSET
    started: int | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    status: RentalStatus | Unset = UNSET
    stop_location_id: UUID | Unset = UNSET
    stopped: int | Unset = UNSET
    stops_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    fulfillment_type: str | Unset = UNSET
    item_name: str | Unset = UNSET
    order_number: int | Unset = UNSET
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
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = (
                self.created_at.isoformat().replace("+00:00", "Z")
                if self.created_at.tzinfo is not None
                else _naive__datetime("created_at")
            )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        downtime_id: None | str | Unset
        if isinstance(self.downtime_id, Unset):
            downtime_id = UNSET
        elif isinstance(self.downtime_id, UUID):
            downtime_id = str(self.downtime_id)
        else:
            downtime_id = self.downtime_id
        if downtime_id is not UNSET:
            field_dict["downtime_id"] = downtime_id
        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        location_shortage_amount = self.location_shortage_amount
        if location_shortage_amount is not UNSET:
            field_dict["location_shortage_amount"] = location_shortage_amount
        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        parent_planning_id: None | str | Unset
        if isinstance(self.parent_planning_id, Unset):
            parent_planning_id = UNSET
        elif isinstance(self.parent_planning_id, UUID):
            parent_planning_id = str(self.parent_planning_id)
        else:
            parent_planning_id = self.parent_planning_id
        if parent_planning_id is not UNSET:
            field_dict["parent_planning_id"] = parent_planning_id
        planning_type: str | Unset = UNSET
        if not isinstance(self.planning_type, Unset):
            planning_type = self.planning_type.value

        if planning_type is not UNSET:
            field_dict["planning_type"] = planning_type
        quantity = self.quantity
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        reserved = self.reserved
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        reserved_from: str | Unset = UNSET
        if not isinstance(self.reserved_from, Unset):
            reserved_from = (
                self.reserved_from.isoformat().replace("+00:00", "Z")
                if self.reserved_from.tzinfo is not None
                else _naive__datetime("reserved_from")
            )
        if reserved_from is not UNSET:
            field_dict["reserved_from"] = reserved_from
        reserved_till: str | Unset = UNSET
        if not isinstance(self.reserved_till, Unset):
            reserved_till = (
                self.reserved_till.isoformat().replace("+00:00", "Z")
                if self.reserved_till.tzinfo is not None
                else _naive__datetime("reserved_till")
            )
        if reserved_till is not UNSET:
            field_dict["reserved_till"] = reserved_till
        shortage_amount = self.shortage_amount
        if shortage_amount is not UNSET:
            field_dict["shortage_amount"] = shortage_amount
        start_location_id: str | Unset = UNSET
        if not isinstance(self.start_location_id, Unset):
            start_location_id = str(self.start_location_id)
        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        started = self.started
        if started is not UNSET:
            field_dict["started"] = started
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
        stop_location_id: str | Unset = UNSET
        if not isinstance(self.stop_location_id, Unset):
            stop_location_id = str(self.stop_location_id)
        if stop_location_id is not UNSET:
            field_dict["stop_location_id"] = stop_location_id
        stopped = self.stopped
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
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
        fulfillment_type = self.fulfillment_type
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        item_name = self.item_name
        if item_name is not UNSET:
            field_dict["item_name"] = item_name
        order_number = self.order_number
        if order_number is not UNSET:
            field_dict["order_number"] = order_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PlanningAttributes)", d)
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

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset = UNSET
        if _created_at is not UNSET:
            try:
                created_at = _datetime__parse(_created_at)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _created_at, "created_at") from None

        if created_at is UNSET:
            n__absent += 1

        _downtime_id = d.get("downtime_id", UNSET)
        downtime_id: None | Unset | UUID
        if _downtime_id is None or _downtime_id is UNSET:
            downtime_id = _downtime_id
        elif isinstance(_downtime_id, str):
            _downtime_id_type_0 = _downtime_id
            try:
                downtime_id_type_0 = parse_uuid(_downtime_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _downtime_id_type_0, "downtime_id") from None

            downtime_id = downtime_id_type_0
        else:
            raise FieldError("UUID string or null", _downtime_id, "downtime_id")

        if downtime_id is UNSET:
            n__absent += 1

        _item_id = d.get("item_id", UNSET)
        item_id: UUID | Unset = UNSET
        if _item_id is not UNSET:
            try:
                item_id = parse_uuid(_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _item_id, "item_id") from None

        if item_id is UNSET:
            n__absent += 1

        location_shortage_amount = d.get("location_shortage_amount", UNSET)
        if not (type(location_shortage_amount) is int):
            if location_shortage_amount is UNSET:
                n__absent += 1
            elif not (
                isinstance(location_shortage_amount, int)
                and location_shortage_amount is not True
                and location_shortage_amount is not False
            ):
                raise FieldError("integer", location_shortage_amount, "location_shortage_amount")

        _order_id = d.get("order_id", UNSET)
        order_id: None | Unset | UUID
        if _order_id is None or _order_id is UNSET:
            order_id = _order_id
        elif isinstance(_order_id, str):
            _order_id_type_0 = _order_id
            try:
                order_id_type_0 = parse_uuid(_order_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _order_id_type_0, "order_id") from None

            order_id = order_id_type_0
        else:
            raise FieldError("UUID string or null", _order_id, "order_id")

        if order_id is UNSET:
            n__absent += 1

        _parent_planning_id = d.get("parent_planning_id", UNSET)
        parent_planning_id: None | Unset | UUID
        if _parent_planning_id is None or _parent_planning_id is UNSET:
            parent_planning_id = _parent_planning_id
        elif isinstance(_parent_planning_id, str):
            _parent_planning_id_type_0 = _parent_planning_id
            try:
                parent_planning_id_type_0 = parse_uuid(_parent_planning_id_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _parent_planning_id_type_0, "parent_planning_id") from None

            parent_planning_id = parent_planning_id_type_0
        else:
            raise FieldError("UUID string or null", _parent_planning_id, "parent_planning_id")

        if parent_planning_id is UNSET:
            n__absent += 1

        _planning_type = d.get("planning_type", UNSET)
        planning_type: PlanningKind | Unset = UNSET
        if type(_planning_type) is str:
            planning_type = PlanningKind._by__value.get(_planning_type) or PlanningKind(_planning_type)
        elif isinstance(_planning_type, str):
            planning_type = PlanningKind(_planning_type)
        elif _planning_type is not UNSET:
            raise FieldError("string (PlanningKind)", _planning_type, "planning_type")

        if planning_type is UNSET:
            n__absent += 1

        quantity = d.get("quantity", UNSET)
        if not (type(quantity) is int):
            if quantity is UNSET:
                n__absent += 1
            elif not (isinstance(quantity, int) and quantity is not True and quantity is not False):
                raise FieldError("integer", quantity, "quantity")

        reserved = d.get("reserved", UNSET)
        if not (reserved is True or reserved is False):
            if reserved is UNSET:
                n__absent += 1
            elif not isinstance(reserved, bool):
                raise FieldError("boolean", reserved, "reserved")

        _reserved_from = d.get("reserved_from", UNSET)
        reserved_from: datetime.datetime | Unset = UNSET
        if _reserved_from is not UNSET:
            try:
                reserved_from = _datetime__parse(_reserved_from)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _reserved_from, "reserved_from") from None

        if reserved_from is UNSET:
            n__absent += 1

        _reserved_till = d.get("reserved_till", UNSET)
        reserved_till: datetime.datetime | Unset = UNSET
        if _reserved_till is not UNSET:
            try:
                reserved_till = _datetime__parse(_reserved_till)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _reserved_till, "reserved_till") from None

        if reserved_till is UNSET:
            n__absent += 1

        shortage_amount = d.get("shortage_amount", UNSET)
        if not (type(shortage_amount) is int):
            if shortage_amount is UNSET:
                n__absent += 1
            elif not (
                isinstance(shortage_amount, int) and shortage_amount is not True and shortage_amount is not False
            ):
                raise FieldError("integer", shortage_amount, "shortage_amount")

        _start_location_id = d.get("start_location_id", UNSET)
        start_location_id: UUID | Unset = UNSET
        if _start_location_id is not UNSET:
            try:
                start_location_id = parse_uuid(_start_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _start_location_id, "start_location_id") from None

        if start_location_id is UNSET:
            n__absent += 1

        started = d.get("started", UNSET)
        if not (type(started) is int):
            if started is UNSET:
                n__absent += 1
            elif not (isinstance(started, int) and started is not True and started is not False):
                raise FieldError("integer", started, "started")

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
        status: RentalStatus | Unset = UNSET
        if type(_status) is str:
            status = RentalStatus._by__value.get(_status) or RentalStatus(_status)
        elif isinstance(_status, str):
            status = RentalStatus(_status)
        elif _status is not UNSET:
            raise FieldError("string (RentalStatus)", _status, "status")

        if status is UNSET:
            n__absent += 1

        _stop_location_id = d.get("stop_location_id", UNSET)
        stop_location_id: UUID | Unset = UNSET
        if _stop_location_id is not UNSET:
            try:
                stop_location_id = parse_uuid(_stop_location_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stop_location_id, "stop_location_id") from None

        if stop_location_id is UNSET:
            n__absent += 1

        stopped = d.get("stopped", UNSET)
        if not (type(stopped) is int):
            if stopped is UNSET:
                n__absent += 1
            elif not (isinstance(stopped, int) and stopped is not True and stopped is not False):
                raise FieldError("integer", stopped, "stopped")

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

        fulfillment_type = d.get("fulfillment_type", UNSET)
        if not (type(fulfillment_type) is str):
            if fulfillment_type is UNSET:
                n__absent += 1
            elif not isinstance(fulfillment_type, str):
                raise FieldError("string", fulfillment_type, "fulfillment_type")

        item_name = d.get("item_name", UNSET)
        if not (type(item_name) is str):
            if item_name is UNSET:
                n__absent += 1
            elif not isinstance(item_name, str):
                raise FieldError("string", item_name, "item_name")

        order_number = d.get("order_number", UNSET)
        if not (type(order_number) is int):
            if order_number is UNSET:
                n__absent += 1
            elif not (isinstance(order_number, int) and order_number is not True and order_number is not False):
                raise FieldError("integer", order_number, "order_number")

        if cls is _plain__class:
            planning_attributes = _new__object(cls)
            planning_attributes.archived = archived
            planning_attributes.archived_at = archived_at
            planning_attributes.created_at = created_at
            planning_attributes.downtime_id = downtime_id
            planning_attributes.item_id = item_id
            planning_attributes.location_shortage_amount = location_shortage_amount
            planning_attributes.order_id = order_id
            planning_attributes.parent_planning_id = parent_planning_id
            planning_attributes.planning_type = planning_type
            planning_attributes.quantity = quantity
            planning_attributes.reserved = reserved
            planning_attributes.reserved_from = reserved_from
            planning_attributes.reserved_till = reserved_till
            planning_attributes.shortage_amount = shortage_amount
            planning_attributes.start_location_id = start_location_id
            planning_attributes.started = started
            planning_attributes.starts_at = starts_at
            planning_attributes.status = status
            planning_attributes.stop_location_id = stop_location_id
            planning_attributes.stopped = stopped
            planning_attributes.stops_at = stops_at
            planning_attributes.updated_at = updated_at
            planning_attributes.fulfillment_type = fulfillment_type
            planning_attributes.item_name = item_name
            planning_attributes.order_number = order_number
            planning_attributes.additional_properties = {}
        else:
            planning_attributes = cls(
                archived,
                archived_at,
                created_at,
                downtime_id,
                item_id,
                location_shortage_amount,
                order_id,
                parent_planning_id,
                planning_type,
                quantity,
                reserved,
                reserved_from,
                reserved_till,
                shortage_amount,
                start_location_id,
                started,
                starts_at,
                status,
                stop_location_id,
                stopped,
                stops_at,
                updated_at,
                fulfillment_type,
                item_name,
                order_number,
            )
        if len(d) + n__absent != 25:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "downtime_id",
                    "item_id",
                    "location_shortage_amount",
                    "order_id",
                    "parent_planning_id",
                    "planning_type",
                    "quantity",
                    "reserved",
                    "reserved_from",
                    "reserved_till",
                    "shortage_amount",
                    "start_location_id",
                    "started",
                    "starts_at",
                    "status",
                    "stop_location_id",
                    "stopped",
                    "stops_at",
                    "updated_at",
                    "fulfillment_type",
                    "item_name",
                    "order_number",
                }
            }
            planning_attributes.additional_properties = extra__props
        return planning_attributes

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


_plain__class: type[PlanningAttributes] | None = (
    PlanningAttributes
    if {field.name for field in _attrs_fields(PlanningAttributes)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "downtime_id",
        "item_id",
        "location_shortage_amount",
        "order_id",
        "parent_planning_id",
        "planning_type",
        "quantity",
        "reserved",
        "reserved_from",
        "reserved_till",
        "shortage_amount",
        "start_location_id",
        "started",
        "starts_at",
        "status",
        "stop_location_id",
        "stopped",
        "stops_at",
        "updated_at",
        "fulfillment_type",
        "item_name",
        "order_number",
        "additional_properties",
    }
    and not hasattr(PlanningAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
