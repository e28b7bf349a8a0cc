from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.planning_kind import PlanningKind
from ..models.rental_status import RentalStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanningAttributes")


@_attrs_define
class PlanningAttributes:
    """Attributes of a planning as read from the API. Every attribute is optional because sparse fieldsets (`fields[...]`)
    can leave any of them out.

        Attributes:
            archived (bool | Unset): True when the planning was removed from its order through its line. Archiving the whole
                order sets `status` instead.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            downtime_id (None | Unset | UUID): ID of the related downtime.
            fulfillment_type (str | Unset): Only usable for sorting and filtering plannings by fulfilment type.
            item_id (UUID | Unset): ID of the related item.
            item_name (str | Unset): Only usable for sorting plannings by item name.
            location_shortage_amount (int | Unset): Units missing at the start location to fulfil this planning. Left out on
                bundle parent plannings.
            order_id (None | Unset | UUID): ID of the related order.
            order_number (int | Unset): Only usable for sorting plannings by order number.
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
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    downtime_id: None | Unset | UUID = UNSET
    fulfillment_type: str | Unset = UNSET
    item_id: UUID | Unset = UNSET
    item_name: str | Unset = UNSET
    location_shortage_amount: int | Unset = UNSET
    order_id: None | Unset | UUID = UNSET
    order_number: int | Unset = UNSET
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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        downtime_id: None | str | Unset
        if isinstance(self.downtime_id, Unset):
            downtime_id = UNSET
        elif isinstance(self.downtime_id, UUID):
            downtime_id = str(self.downtime_id)
        else:
            downtime_id = self.downtime_id

        fulfillment_type = self.fulfillment_type

        item_id: str | Unset = UNSET
        if not isinstance(self.item_id, Unset):
            item_id = str(self.item_id)

        item_name = self.item_name

        location_shortage_amount = self.location_shortage_amount

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id

        order_number = self.order_number

        parent_planning_id: None | str | Unset
        if isinstance(self.parent_planning_id, Unset):
            parent_planning_id = UNSET
        elif isinstance(self.parent_planning_id, UUID):
            parent_planning_id = str(self.parent_planning_id)
        else:
            parent_planning_id = self.parent_planning_id

        planning_type: str | Unset = UNSET
        if not isinstance(self.planning_type, Unset):
            planning_type = self.planning_type.value

        quantity = self.quantity

        reserved = self.reserved

        reserved_from: str | Unset = UNSET
        if not isinstance(self.reserved_from, Unset):
            reserved_from = self.reserved_from.isoformat().replace("+00:00", "Z")

        reserved_till: str | Unset = UNSET
        if not isinstance(self.reserved_till, Unset):
            reserved_till = self.reserved_till.isoformat().replace("+00:00", "Z")

        shortage_amount = self.shortage_amount

        start_location_id: str | Unset = UNSET
        if not isinstance(self.start_location_id, Unset):
            start_location_id = str(self.start_location_id)

        started = self.started

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat().replace("+00:00", "Z")

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stop_location_id: str | Unset = UNSET
        if not isinstance(self.stop_location_id, Unset):
            stop_location_id = str(self.stop_location_id)

        stopped = self.stopped

        stops_at: str | Unset = UNSET
        if not isinstance(self.stops_at, Unset):
            stops_at = self.stops_at.isoformat().replace("+00:00", "Z")

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if downtime_id is not UNSET:
            field_dict["downtime_id"] = downtime_id
        if fulfillment_type is not UNSET:
            field_dict["fulfillment_type"] = fulfillment_type
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_name is not UNSET:
            field_dict["item_name"] = item_name
        if location_shortage_amount is not UNSET:
            field_dict["location_shortage_amount"] = location_shortage_amount
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if parent_planning_id is not UNSET:
            field_dict["parent_planning_id"] = parent_planning_id
        if planning_type is not UNSET:
            field_dict["planning_type"] = planning_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if reserved_from is not UNSET:
            field_dict["reserved_from"] = reserved_from
        if reserved_till is not UNSET:
            field_dict["reserved_till"] = reserved_till
        if shortage_amount is not UNSET:
            field_dict["shortage_amount"] = shortage_amount
        if start_location_id is not UNSET:
            field_dict["start_location_id"] = start_location_id
        if started is not UNSET:
            field_dict["started"] = started
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if status is not UNSET:
            field_dict["status"] = status
        if stop_location_id is not UNSET:
            field_dict["stop_location_id"] = stop_location_id
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        if stops_at is not UNSET:
            field_dict["stops_at"] = stops_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_at_type_0 = datetime.datetime.fromisoformat(data)

                return archived_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_at = _parse_archived_at(d.pop("archived_at", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_downtime_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                downtime_id_type_0 = UUID(data)

                return downtime_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        downtime_id = _parse_downtime_id(d.pop("downtime_id", UNSET))

        fulfillment_type = d.pop("fulfillment_type", UNSET)

        _item_id = d.pop("item_id", UNSET)
        item_id: UUID | Unset
        if isinstance(_item_id, Unset):
            item_id = UNSET
        else:
            item_id = UUID(_item_id)

        item_name = d.pop("item_name", UNSET)

        location_shortage_amount = d.pop("location_shortage_amount", UNSET)

        def _parse_order_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_id_type_0 = UUID(data)

                return order_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        order_number = d.pop("order_number", UNSET)

        def _parse_parent_planning_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_planning_id_type_0 = UUID(data)

                return parent_planning_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_planning_id = _parse_parent_planning_id(d.pop("parent_planning_id", UNSET))

        _planning_type = d.pop("planning_type", UNSET)
        planning_type: PlanningKind | Unset
        if isinstance(_planning_type, Unset):
            planning_type = UNSET
        else:
            planning_type = PlanningKind(_planning_type)

        quantity = d.pop("quantity", UNSET)

        reserved = d.pop("reserved", UNSET)

        _reserved_from = d.pop("reserved_from", UNSET)
        reserved_from: datetime.datetime | Unset
        if isinstance(_reserved_from, Unset):
            reserved_from = UNSET
        else:
            reserved_from = datetime.datetime.fromisoformat(_reserved_from)

        _reserved_till = d.pop("reserved_till", UNSET)
        reserved_till: datetime.datetime | Unset
        if isinstance(_reserved_till, Unset):
            reserved_till = UNSET
        else:
            reserved_till = datetime.datetime.fromisoformat(_reserved_till)

        shortage_amount = d.pop("shortage_amount", UNSET)

        _start_location_id = d.pop("start_location_id", UNSET)
        start_location_id: UUID | Unset
        if isinstance(_start_location_id, Unset):
            start_location_id = UNSET
        else:
            start_location_id = UUID(_start_location_id)

        started = d.pop("started", UNSET)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _status = d.pop("status", UNSET)
        status: RentalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RentalStatus(_status)

        _stop_location_id = d.pop("stop_location_id", UNSET)
        stop_location_id: UUID | Unset
        if isinstance(_stop_location_id, Unset):
            stop_location_id = UNSET
        else:
            stop_location_id = UUID(_stop_location_id)

        stopped = d.pop("stopped", UNSET)

        _stops_at = d.pop("stops_at", UNSET)
        stops_at: datetime.datetime | Unset
        if isinstance(_stops_at, Unset):
            stops_at = UNSET
        else:
            stops_at = datetime.datetime.fromisoformat(_stops_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        planning_attributes = cls(
            archived=archived,
            archived_at=archived_at,
            created_at=created_at,
            downtime_id=downtime_id,
            fulfillment_type=fulfillment_type,
            item_id=item_id,
            item_name=item_name,
            location_shortage_amount=location_shortage_amount,
            order_id=order_id,
            order_number=order_number,
            parent_planning_id=parent_planning_id,
            planning_type=planning_type,
            quantity=quantity,
            reserved=reserved,
            reserved_from=reserved_from,
            reserved_till=reserved_till,
            shortage_amount=shortage_amount,
            start_location_id=start_location_id,
            started=started,
            starts_at=starts_at,
            status=status,
            stop_location_id=stop_location_id,
            stopped=stopped,
            stops_at=stops_at,
            updated_at=updated_at,
        )

        planning_attributes.additional_properties = d
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
