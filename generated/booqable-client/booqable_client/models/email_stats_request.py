from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..models.count_aggregation import CountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailStatsRequest")


@_attrs_define
class EmailStatsRequest:
    """Aggregations to compute over all matching emails (not just the page): field name to the list of aggregations. Sent
    as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            has_error (list[CountAggregation] | Unset):
            total (list[CountAggregation] | Unset):
    """

    has_error: list[CountAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        has_error: list[str] | Unset = UNSET
        if not isinstance(self.has_error, Unset):
            has_error = []
            for has_error_item_data in self.has_error:
                has_error_item = has_error_item_data.value
                has_error.append(has_error_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if has_error is not UNSET:
            field_dict["has_error"] = has_error
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (EmailStatsRequest)", src_dict)
        d = dict(src_dict)
        _has_error = d.pop("has_error", UNSET)
        has_error: list[CountAggregation] | Unset = UNSET
        if isinstance(_has_error, list):
            has_error = []
            try:
                for has_error_item_data in _has_error:
                    _has_error_item = has_error_item_data
                    if isinstance(_has_error_item, str):
                        has_error_item = CountAggregation(_has_error_item)
                    else:
                        raise FieldError("string (CountAggregation)", _has_error_item)

                    has_error.append(has_error_item)
            except FieldError as field__error:
                field__error.segments.append(len(has_error))
                field__error.segments.append("has_error")
                raise
        elif _has_error is not UNSET:
            raise FieldError("array", _has_error, "has_error")

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

        email_stats_request = cls(
            has_error=has_error,
            total=total,
        )

        if d:
            raise FieldError("no such property (EmailStatsRequest allows no others)", None, next(iter(d)), found="one")
        return email_stats_request
