from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..models.count_aggregation import CountAggregation
from ..models.sum_aggregation import SumAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="StockCountStatsRequest")


@_attrs_define
class StockCountStatsRequest:
    """Aggregations to compute over all matching stock counts (not just the page): field name to the list of aggregations.
    Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            quantity (list[SumAggregation] | Unset):
            total (list[CountAggregation] | Unset):
    """

    quantity: list[SumAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        quantity: list[str] | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = []
            for quantity_item_data in self.quantity:
                quantity_item = quantity_item_data.value
                quantity.append(quantity_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StockCountStatsRequest)", src_dict)
        d = dict(src_dict)
        _quantity = d.pop("quantity", UNSET)
        quantity: list[SumAggregation] | Unset = UNSET
        if isinstance(_quantity, list):
            quantity = []
            try:
                for quantity_item_data in _quantity:
                    _quantity_item = quantity_item_data
                    if isinstance(_quantity_item, str):
                        quantity_item = SumAggregation(_quantity_item)
                    else:
                        raise FieldError("string (SumAggregation)", _quantity_item)

                    quantity.append(quantity_item)
            except FieldError as field__error:
                field__error.segments.append(len(quantity))
                field__error.segments.append("quantity")
                raise
        elif _quantity is not UNSET:
            raise FieldError("array", _quantity, "quantity")

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

        stock_count_stats_request = cls(
            quantity=quantity,
            total=total,
        )

        if d:
            raise FieldError(
                "no such property (StockCountStatsRequest allows no others)", None, next(iter(d)), found="one"
            )
        return stock_count_stats_request
