from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.count_aggregation import CountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanningStatsRequest")


@_attrs_define
class PlanningStatsRequest:
    """Aggregations to compute over all matching plannings (not just the page): field name to the list of aggregations.
    Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            status (list[CountAggregation] | Unset):
            total (list[CountAggregation] | Unset):
    """

    status: list[CountAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: list[CountAggregation] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = CountAggregation(status_item_data)

                status.append(status_item)

        _total = d.pop("total", UNSET)
        total: list[CountAggregation] | Unset = UNSET
        if _total is not UNSET:
            total = []
            for total_item_data in _total:
                total_item = CountAggregation(total_item_data)

                total.append(total_item)

        planning_stats_request = cls(
            status=status,
            total=total,
        )

        if d:
            raise ValueError(f"PlanningStatsRequest has no properties {sorted(d)} (the spec forbids extra ones)")
        return planning_stats_request
