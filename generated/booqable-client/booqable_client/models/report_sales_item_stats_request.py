from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..models.count_aggregation import CountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportSalesItemStatsRequest")


@_attrs_define
class ReportSalesItemStatsRequest:
    """Aggregations to compute over all matching report sales items (not just the page): field name to the list of
    aggregations. Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            tag_list (list[CountAggregation] | Unset):
            total (list[CountAggregation] | Unset):
    """

    tag_list: list[CountAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = tag_list_item_data.value
                tag_list.append(tag_list_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (ReportSalesItemStatsRequest)", src_dict)
        d = dict(src_dict)
        _tag_list = d.pop("tag_list", UNSET)
        tag_list: list[CountAggregation] | Unset = UNSET
        if isinstance(_tag_list, list):
            tag_list = []
            try:
                for tag_list_item_data in _tag_list:
                    _tag_list_item = tag_list_item_data
                    if isinstance(_tag_list_item, str):
                        tag_list_item = CountAggregation(_tag_list_item)
                    else:
                        raise FieldError("string (CountAggregation)", _tag_list_item)

                    tag_list.append(tag_list_item)
            except FieldError as field__error:
                field__error.segments.append(len(tag_list))
                field__error.segments.append("tag_list")
                raise
        elif _tag_list is not UNSET:
            raise FieldError("array", _tag_list, "tag_list")

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

        report_sales_item_stats_request = cls(
            tag_list=tag_list,
            total=total,
        )

        if d:
            raise FieldError(
                "no such property (ReportSalesItemStatsRequest allows no others)", None, next(iter(d)), found="one"
            )
        return report_sales_item_stats_request
