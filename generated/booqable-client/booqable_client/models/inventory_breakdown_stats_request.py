from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.count_aggregation import CountAggregation
from ..models.sum_aggregation import SumAggregation
from ..models.sum_or_count_aggregation import SumOrCountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryBreakdownStatsRequest")


@_attrs_define
class InventoryBreakdownStatsRequest:
    """Aggregations to compute over all matching inventory breakdowns (not just the page): field name to the list of
    aggregations. Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            inventory_breakdown_type (list[SumAggregation | Literal["sum"]] | Unset):
            started (list[SumAggregation | Literal["sum"]] | Unset):
            status (list[SumAggregation | Literal["sum"]] | Unset):
            stock_count (list[SumOrCountAggregation | Literal["count", "sum"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
    """

    inventory_breakdown_type: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    started: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    status: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    stock_count: list[SumOrCountAggregation | Literal["count", "sum"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        inventory_breakdown_type: list[str] | Unset = UNSET
        if not isinstance(self.inventory_breakdown_type, Unset):
            inventory_breakdown_type = []
            for inventory_breakdown_type_item_data in self.inventory_breakdown_type:
                inventory_breakdown_type_item = SumAggregation(inventory_breakdown_type_item_data).value
                inventory_breakdown_type.append(inventory_breakdown_type_item)

        if inventory_breakdown_type is not UNSET:
            field_dict["inventory_breakdown_type"] = inventory_breakdown_type
        started: list[str] | Unset = UNSET
        if not isinstance(self.started, Unset):
            started = []
            for started_item_data in self.started:
                started_item = SumAggregation(started_item_data).value
                started.append(started_item)

        if started is not UNSET:
            field_dict["started"] = started
        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = SumAggregation(status_item_data).value
                status.append(status_item)

        if status is not UNSET:
            field_dict["status"] = status
        stock_count: list[str] | Unset = UNSET
        if not isinstance(self.stock_count, Unset):
            stock_count = []
            for stock_count_item_data in self.stock_count:
                stock_count_item = SumOrCountAggregation(stock_count_item_data).value
                stock_count.append(stock_count_item)

        if stock_count is not UNSET:
            field_dict["stock_count"] = stock_count
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (InventoryBreakdownStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _inventory_breakdown_type = d.get("inventory_breakdown_type", UNSET)
        inventory_breakdown_type: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_inventory_breakdown_type, list):
            inventory_breakdown_type = []
            try:
                for inventory_breakdown_type_item_data in _inventory_breakdown_type:
                    _inventory_breakdown_type_item = inventory_breakdown_type_item_data
                    if type(_inventory_breakdown_type_item) is str:
                        inventory_breakdown_type_item = SumAggregation._by__value.get(
                            _inventory_breakdown_type_item
                        ) or SumAggregation(_inventory_breakdown_type_item)
                    elif isinstance(_inventory_breakdown_type_item, str):
                        inventory_breakdown_type_item = SumAggregation(_inventory_breakdown_type_item)
                    else:
                        raise FieldError("string (SumAggregation)", _inventory_breakdown_type_item)

                    inventory_breakdown_type.append(inventory_breakdown_type_item)
            except FieldError as field__error:
                field__error.segments.append(len(inventory_breakdown_type))
                field__error.segments.append("inventory_breakdown_type")
                raise
        elif _inventory_breakdown_type is not UNSET:
            raise FieldError("array", _inventory_breakdown_type, "inventory_breakdown_type")

        if inventory_breakdown_type is UNSET:
            n__absent += 1

        _started = d.get("started", UNSET)
        started: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_started, list):
            started = []
            try:
                for started_item_data in _started:
                    _started_item = started_item_data
                    if type(_started_item) is str:
                        started_item = SumAggregation._by__value.get(_started_item) or SumAggregation(_started_item)
                    elif isinstance(_started_item, str):
                        started_item = SumAggregation(_started_item)
                    else:
                        raise FieldError("string (SumAggregation)", _started_item)

                    started.append(started_item)
            except FieldError as field__error:
                field__error.segments.append(len(started))
                field__error.segments.append("started")
                raise
        elif _started is not UNSET:
            raise FieldError("array", _started, "started")

        if started is UNSET:
            n__absent += 1

        _status = d.get("status", UNSET)
        status: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_status, list):
            status = []
            try:
                for status_item_data in _status:
                    _status_item = status_item_data
                    if type(_status_item) is str:
                        status_item = SumAggregation._by__value.get(_status_item) or SumAggregation(_status_item)
                    elif isinstance(_status_item, str):
                        status_item = SumAggregation(_status_item)
                    else:
                        raise FieldError("string (SumAggregation)", _status_item)

                    status.append(status_item)
            except FieldError as field__error:
                field__error.segments.append(len(status))
                field__error.segments.append("status")
                raise
        elif _status is not UNSET:
            raise FieldError("array", _status, "status")

        if status is UNSET:
            n__absent += 1

        _stock_count = d.get("stock_count", UNSET)
        stock_count: list[SumOrCountAggregation | Literal["count", "sum"]] | Unset = UNSET
        if isinstance(_stock_count, list):
            stock_count = []
            try:
                for stock_count_item_data in _stock_count:
                    _stock_count_item = stock_count_item_data
                    if type(_stock_count_item) is str:
                        stock_count_item = SumOrCountAggregation._by__value.get(
                            _stock_count_item
                        ) or SumOrCountAggregation(_stock_count_item)
                    elif isinstance(_stock_count_item, str):
                        stock_count_item = SumOrCountAggregation(_stock_count_item)
                    else:
                        raise FieldError("string (SumOrCountAggregation)", _stock_count_item)

                    stock_count.append(stock_count_item)
            except FieldError as field__error:
                field__error.segments.append(len(stock_count))
                field__error.segments.append("stock_count")
                raise
        elif _stock_count is not UNSET:
            raise FieldError("array", _stock_count, "stock_count")

        if stock_count is UNSET:
            n__absent += 1

        _total = d.get("total", UNSET)
        total: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_total, list):
            total = []
            try:
                for total_item_data in _total:
                    _total_item = total_item_data
                    if type(_total_item) is str:
                        total_item = CountAggregation._by__value.get(_total_item) or CountAggregation(_total_item)
                    elif isinstance(_total_item, str):
                        total_item = CountAggregation(_total_item)
                    else:
                        raise FieldError("string (CountAggregation)", _total_item)

                    total.append(total_item)
            except FieldError as field__error:
                field__error.segments.append(len(total))
                field__error.segments.append("total")
                raise
        elif _total is not UNSET:
            raise FieldError("array", _total, "total")

        if total is UNSET:
            n__absent += 1

        if cls is _plain__class:
            inventory_breakdown_stats_request = _new__object(cls)
            inventory_breakdown_stats_request.inventory_breakdown_type = inventory_breakdown_type
            inventory_breakdown_stats_request.started = started
            inventory_breakdown_stats_request.status = status
            inventory_breakdown_stats_request.stock_count = stock_count
            inventory_breakdown_stats_request.total = total
        else:
            inventory_breakdown_stats_request = cls(
                inventory_breakdown_type,
                started,
                status,
                stock_count,
                total,
            )
        if len(d) + n__absent != 5:
            for prop_name in d:
                if prop_name not in {"inventory_breakdown_type", "started", "status", "stock_count", "total"}:
                    raise FieldError(
                        "no such property (InventoryBreakdownStatsRequest allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return inventory_breakdown_stats_request

    __repr__ = _model__repr


_plain__class: type[InventoryBreakdownStatsRequest] | None = (
    InventoryBreakdownStatsRequest
    if {field.name for field in _attrs_fields(InventoryBreakdownStatsRequest)}
    == {"inventory_breakdown_type", "started", "status", "stock_count", "total"}
    and not hasattr(InventoryBreakdownStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
