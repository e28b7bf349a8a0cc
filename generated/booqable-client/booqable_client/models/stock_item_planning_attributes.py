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

T = TypeVar("T", bound="StockItemPlanningAttributes")


@_attrs_define
class StockItemPlanningAttributes:
    """Attributes of a stock item planning as read from the API. `required` lists the attributes Booqable always sends; a
    sparse fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            archived (bool | Unset): True once the record is archived.
            archived_at (datetime.datetime | None | Unset): When the record was archived.
            created_at (datetime.datetime | Unset): When the record was created.
            downtime_id (None | Unset | UUID): ID of the related downtime.
            order_id (None | Unset | UUID): ID of the related order.
            planning_id (UUID | Unset): The planning this stock item is assigned to.
            reserved (bool | Unset): True while the stock item is reserved for the planning.
            started (bool | Unset): True once the stock item went out.
            starts_at (datetime.datetime | None | Unset):
            status (RentalStatus | Unset): Where an order, planning or stock item planning is in the rental flow. `concept`
                is the former name of `draft`; recorded responses still return it for older orders.
            stock_item_id (UUID | Unset): The specific stock item that is assigned.
            stock_item_planning_type (PlanningKind | Unset): Whether the booking belongs to a rental order or to a downtime.
            stopped (bool | Unset): True once the stock item came back.
            stops_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    archived: bool | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    downtime_id: None | Unset | UUID = UNSET
    order_id: None | Unset | UUID = UNSET
    planning_id: UUID | Unset = UNSET
    reserved: bool | Unset = UNSET
    started: bool | Unset = UNSET
    starts_at: datetime.datetime | None | Unset = UNSET
    status: RentalStatus | Unset = UNSET
    stock_item_id: UUID | Unset = UNSET
    stock_item_planning_type: PlanningKind | Unset = UNSET
    stopped: bool | Unset = UNSET
    stops_at: datetime.datetime | None | Unset = UNSET
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
        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        elif isinstance(self.order_id, UUID):
            order_id = str(self.order_id)
        else:
            order_id = self.order_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        planning_id: str | Unset = UNSET
        if not isinstance(self.planning_id, Unset):
            planning_id = str(self.planning_id)
        if planning_id is not UNSET:
            field_dict["planning_id"] = planning_id
        reserved = self.reserved
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        started = self.started
        if started is not UNSET:
            field_dict["started"] = started
        starts_at: None | str | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        elif isinstance(self.starts_at, datetime.datetime):
            starts_at = (
                self.starts_at.isoformat().replace("+00:00", "Z")
                if self.starts_at.tzinfo is not None
                else _naive__datetime("starts_at_type_0")
            )
        else:
            starts_at = self.starts_at
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        if status is not UNSET:
            field_dict["status"] = status
        stock_item_id: str | Unset = UNSET
        if not isinstance(self.stock_item_id, Unset):
            stock_item_id = str(self.stock_item_id)
        if stock_item_id is not UNSET:
            field_dict["stock_item_id"] = stock_item_id
        stock_item_planning_type: str | Unset = UNSET
        if not isinstance(self.stock_item_planning_type, Unset):
            stock_item_planning_type = self.stock_item_planning_type.value

        if stock_item_planning_type is not UNSET:
            field_dict["stock_item_planning_type"] = stock_item_planning_type
        stopped = self.stopped
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        stops_at: None | str | Unset
        if isinstance(self.stops_at, Unset):
            stops_at = UNSET
        elif isinstance(self.stops_at, datetime.datetime):
            stops_at = (
                self.stops_at.isoformat().replace("+00:00", "Z")
                if self.stops_at.tzinfo is not None
                else _naive__datetime("stops_at_type_0")
            )
        else:
            stops_at = self.stops_at
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
                raise FieldError("object (StockItemPlanningAttributes)", d)
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

        _planning_id = d.get("planning_id", UNSET)
        planning_id: UUID | Unset = UNSET
        if _planning_id is not UNSET:
            try:
                planning_id = parse_uuid(_planning_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _planning_id, "planning_id") from None

        if planning_id is UNSET:
            n__absent += 1

        reserved = d.get("reserved", UNSET)
        if not (reserved is True or reserved is False):
            if reserved is UNSET:
                n__absent += 1
            elif not isinstance(reserved, bool):
                raise FieldError("boolean", reserved, "reserved")

        started = d.get("started", UNSET)
        if not (started is True or started is False):
            if started is UNSET:
                n__absent += 1
            elif not isinstance(started, bool):
                raise FieldError("boolean", started, "started")

        _starts_at = d.get("starts_at", UNSET)
        starts_at: datetime.datetime | None | Unset
        if _starts_at is None or _starts_at is UNSET:
            starts_at = _starts_at
        elif isinstance(_starts_at, str):
            _starts_at_type_0 = _starts_at
            try:
                starts_at_type_0 = _datetime__parse(_starts_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _starts_at_type_0, "starts_at") from None

            starts_at = starts_at_type_0
        else:
            raise FieldError("date-time string or null", _starts_at, "starts_at")

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

        _stock_item_id = d.get("stock_item_id", UNSET)
        stock_item_id: UUID | Unset = UNSET
        if _stock_item_id is not UNSET:
            try:
                stock_item_id = parse_uuid(_stock_item_id)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("UUID", _stock_item_id, "stock_item_id") from None

        if stock_item_id is UNSET:
            n__absent += 1

        _stock_item_planning_type = d.get("stock_item_planning_type", UNSET)
        stock_item_planning_type: PlanningKind | Unset = UNSET
        if type(_stock_item_planning_type) is str:
            stock_item_planning_type = PlanningKind._by__value.get(_stock_item_planning_type) or PlanningKind(
                _stock_item_planning_type
            )
        elif isinstance(_stock_item_planning_type, str):
            stock_item_planning_type = PlanningKind(_stock_item_planning_type)
        elif _stock_item_planning_type is not UNSET:
            raise FieldError("string (PlanningKind)", _stock_item_planning_type, "stock_item_planning_type")

        if stock_item_planning_type is UNSET:
            n__absent += 1

        stopped = d.get("stopped", UNSET)
        if not (stopped is True or stopped is False):
            if stopped is UNSET:
                n__absent += 1
            elif not isinstance(stopped, bool):
                raise FieldError("boolean", stopped, "stopped")

        _stops_at = d.get("stops_at", UNSET)
        stops_at: datetime.datetime | None | Unset
        if _stops_at is None or _stops_at is UNSET:
            stops_at = _stops_at
        elif isinstance(_stops_at, str):
            _stops_at_type_0 = _stops_at
            try:
                stops_at_type_0 = _datetime__parse(_stops_at_type_0)
            except (TypeError, ValueError, AttributeError):
                raise FieldError.unparsable("date-time", _stops_at_type_0, "stops_at") from None

            stops_at = stops_at_type_0
        else:
            raise FieldError("date-time string or null", _stops_at, "stops_at")

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
            stock_item_planning_attributes = _new__object(cls)
            stock_item_planning_attributes.archived = archived
            stock_item_planning_attributes.archived_at = archived_at
            stock_item_planning_attributes.created_at = created_at
            stock_item_planning_attributes.downtime_id = downtime_id
            stock_item_planning_attributes.order_id = order_id
            stock_item_planning_attributes.planning_id = planning_id
            stock_item_planning_attributes.reserved = reserved
            stock_item_planning_attributes.started = started
            stock_item_planning_attributes.starts_at = starts_at
            stock_item_planning_attributes.status = status
            stock_item_planning_attributes.stock_item_id = stock_item_id
            stock_item_planning_attributes.stock_item_planning_type = stock_item_planning_type
            stock_item_planning_attributes.stopped = stopped
            stock_item_planning_attributes.stops_at = stops_at
            stock_item_planning_attributes.updated_at = updated_at
            stock_item_planning_attributes.additional_properties = {}
        else:
            stock_item_planning_attributes = cls(
                archived,
                archived_at,
                created_at,
                downtime_id,
                order_id,
                planning_id,
                reserved,
                started,
                starts_at,
                status,
                stock_item_id,
                stock_item_planning_type,
                stopped,
                stops_at,
                updated_at,
            )
        if len(d) + n__absent != 15:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "archived",
                    "archived_at",
                    "created_at",
                    "downtime_id",
                    "order_id",
                    "planning_id",
                    "reserved",
                    "started",
                    "starts_at",
                    "status",
                    "stock_item_id",
                    "stock_item_planning_type",
                    "stopped",
                    "stops_at",
                    "updated_at",
                }
            }
            stock_item_planning_attributes.additional_properties = extra__props
        return stock_item_planning_attributes

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


_plain__class: type[StockItemPlanningAttributes] | None = (
    StockItemPlanningAttributes
    if {field.name for field in _attrs_fields(StockItemPlanningAttributes)}
    == {
        "archived",
        "archived_at",
        "created_at",
        "downtime_id",
        "order_id",
        "planning_id",
        "reserved",
        "started",
        "starts_at",
        "status",
        "stock_item_id",
        "stock_item_planning_type",
        "stopped",
        "stops_at",
        "updated_at",
        "additional_properties",
    }
    and not hasattr(StockItemPlanningAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
