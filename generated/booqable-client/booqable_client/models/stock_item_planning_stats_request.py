from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.count_aggregation import CountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockItemPlanningStatsRequest")


@_attrs_define
class StockItemPlanningStatsRequest:
    """Aggregations to compute over all matching stock item plannings (not just the page): field name to the list of
    aggregations. Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            status (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
    """

    status: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = CountAggregation(status_item_data).value
                status.append(status_item)

        if status is not UNSET:
            field_dict["status"] = status
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
                raise FieldError("object (StockItemPlanningStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _status = d.get("status", UNSET)
        status: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_status, list):
            status = []
            try:
                for status_item_data in _status:
                    _status_item = status_item_data
                    if type(_status_item) is str:
                        status_item = CountAggregation._by__value.get(_status_item) or CountAggregation(_status_item)
                    elif isinstance(_status_item, str):
                        status_item = CountAggregation(_status_item)
                    else:
                        raise FieldError("string (CountAggregation)", _status_item)

                    status.append(status_item)
            except FieldError as field__error:
                field__error.segments.append(len(status))
                field__error.segments.append("status")
                raise
        elif _status is not UNSET:
            raise FieldError("array", _status, "status")

        if status is UNSET:
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
            stock_item_planning_stats_request = _new__object(cls)
            stock_item_planning_stats_request.status = status
            stock_item_planning_stats_request.total = total
        else:
            stock_item_planning_stats_request = cls(
                status,
                total,
            )
        if len(d) + n__absent != 2:
            for prop_name in d:
                if prop_name not in {"status", "total"}:
                    raise FieldError(
                        "no such property (StockItemPlanningStatsRequest allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return stock_item_planning_stats_request

    __repr__ = _model__repr


_plain__class: type[StockItemPlanningStatsRequest] | None = (
    StockItemPlanningStatsRequest
    if {field.name for field in _attrs_fields(StockItemPlanningStatsRequest)} == {"status", "total"}
    and not hasattr(StockItemPlanningStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
