from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..models.count_aggregation import CountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryLevelIntervalStatsRequest")


@_attrs_define
class InventoryLevelIntervalStatsRequest:
    """Aggregations to compute over all matching inventory level intervals (not just the page): field name to the list of
    aggregations. Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            total (list[CountAggregation] | Unset):
    """

    total: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (InventoryLevelIntervalStatsRequest)", src_dict)
        d = dict(src_dict)
        _total = d.pop("total", UNSET)
        total: list[CountAggregation] | Unset = UNSET
        if isinstance(_total, list):
            total = []
            try:
                for total_item_data in _total:
                    _total_item = total_item_data
                    if isinstance(_total_item, str):
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

        inventory_level_interval_stats_request = cls(
            total=total,
        )

        if d:
            raise FieldError(
                "no such property (InventoryLevelIntervalStatsRequest allows no others)",
                None,
                next(iter(d)),
                found="one",
            )
        return inventory_level_interval_stats_request
