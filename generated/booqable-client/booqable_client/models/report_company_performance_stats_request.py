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
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportCompanyPerformanceStatsRequest")


@_attrs_define
class ReportCompanyPerformanceStatsRequest:
    """Aggregations to compute over all matching report company performances (not just the page): field name to the list of
    aggregations. Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            aov_over_time (list[CountAggregation | Literal["count"]] | Unset):
            average_order_value_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
            avg_items_per_order (list[SumAggregation | Literal["sum"]] | Unset):
            avg_rental_duration_in_seconds (list[SumAggregation | Literal["sum"]] | Unset):
            collected_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
            deposit_held_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
            deposit_outstanding_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
            fulfillment_rate (list[SumAggregation | Literal["sum"]] | Unset):
            new_customers (list[CountAggregation | Literal["count"]] | Unset):
            order_count (list[SumAggregation | Literal["sum"]] | Unset):
            order_statuses (list[CountAggregation | Literal["count"]] | Unset):
            outstanding_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
            previous_period (list[CountAggregation | Literal["count"]] | Unset):
            revenue_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
            revenue_over_time (list[CountAggregation | Literal["count"]] | Unset):
            top_customers (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
            total_items_ordered (list[SumAggregation | Literal["sum"]] | Unset):
    """

    aov_over_time: list[CountAggregation | Literal["count"]] | Unset = UNSET
    average_order_value_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    avg_items_per_order: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    avg_rental_duration_in_seconds: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    collected_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    deposit_held_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    deposit_outstanding_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    fulfillment_rate: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    new_customers: list[CountAggregation | Literal["count"]] | Unset = UNSET
    order_count: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    order_statuses: list[CountAggregation | Literal["count"]] | Unset = UNSET
    outstanding_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    previous_period: list[CountAggregation | Literal["count"]] | Unset = UNSET
    revenue_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    revenue_over_time: list[CountAggregation | Literal["count"]] | Unset = UNSET
    top_customers: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total_items_ordered: list[SumAggregation | Literal["sum"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        aov_over_time: list[str] | Unset = UNSET
        if not isinstance(self.aov_over_time, Unset):
            aov_over_time = []
            for aov_over_time_item_data in self.aov_over_time:
                aov_over_time_item = CountAggregation(aov_over_time_item_data).value
                aov_over_time.append(aov_over_time_item)

        if aov_over_time is not UNSET:
            field_dict["aov_over_time"] = aov_over_time
        average_order_value_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.average_order_value_in_cents, Unset):
            average_order_value_in_cents = []
            for average_order_value_in_cents_item_data in self.average_order_value_in_cents:
                average_order_value_in_cents_item = SumAggregation(average_order_value_in_cents_item_data).value
                average_order_value_in_cents.append(average_order_value_in_cents_item)

        if average_order_value_in_cents is not UNSET:
            field_dict["average_order_value_in_cents"] = average_order_value_in_cents
        avg_items_per_order: list[str] | Unset = UNSET
        if not isinstance(self.avg_items_per_order, Unset):
            avg_items_per_order = []
            for avg_items_per_order_item_data in self.avg_items_per_order:
                avg_items_per_order_item = SumAggregation(avg_items_per_order_item_data).value
                avg_items_per_order.append(avg_items_per_order_item)

        if avg_items_per_order is not UNSET:
            field_dict["avg_items_per_order"] = avg_items_per_order
        avg_rental_duration_in_seconds: list[str] | Unset = UNSET
        if not isinstance(self.avg_rental_duration_in_seconds, Unset):
            avg_rental_duration_in_seconds = []
            for avg_rental_duration_in_seconds_item_data in self.avg_rental_duration_in_seconds:
                avg_rental_duration_in_seconds_item = SumAggregation(avg_rental_duration_in_seconds_item_data).value
                avg_rental_duration_in_seconds.append(avg_rental_duration_in_seconds_item)

        if avg_rental_duration_in_seconds is not UNSET:
            field_dict["avg_rental_duration_in_seconds"] = avg_rental_duration_in_seconds
        collected_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.collected_in_cents, Unset):
            collected_in_cents = []
            for collected_in_cents_item_data in self.collected_in_cents:
                collected_in_cents_item = SumAggregation(collected_in_cents_item_data).value
                collected_in_cents.append(collected_in_cents_item)

        if collected_in_cents is not UNSET:
            field_dict["collected_in_cents"] = collected_in_cents
        deposit_held_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_held_in_cents, Unset):
            deposit_held_in_cents = []
            for deposit_held_in_cents_item_data in self.deposit_held_in_cents:
                deposit_held_in_cents_item = SumAggregation(deposit_held_in_cents_item_data).value
                deposit_held_in_cents.append(deposit_held_in_cents_item)

        if deposit_held_in_cents is not UNSET:
            field_dict["deposit_held_in_cents"] = deposit_held_in_cents
        deposit_outstanding_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.deposit_outstanding_in_cents, Unset):
            deposit_outstanding_in_cents = []
            for deposit_outstanding_in_cents_item_data in self.deposit_outstanding_in_cents:
                deposit_outstanding_in_cents_item = SumAggregation(deposit_outstanding_in_cents_item_data).value
                deposit_outstanding_in_cents.append(deposit_outstanding_in_cents_item)

        if deposit_outstanding_in_cents is not UNSET:
            field_dict["deposit_outstanding_in_cents"] = deposit_outstanding_in_cents
        fulfillment_rate: list[str] | Unset = UNSET
        if not isinstance(self.fulfillment_rate, Unset):
            fulfillment_rate = []
            for fulfillment_rate_item_data in self.fulfillment_rate:
                fulfillment_rate_item = SumAggregation(fulfillment_rate_item_data).value
                fulfillment_rate.append(fulfillment_rate_item)

        if fulfillment_rate is not UNSET:
            field_dict["fulfillment_rate"] = fulfillment_rate
        new_customers: list[str] | Unset = UNSET
        if not isinstance(self.new_customers, Unset):
            new_customers = []
            for new_customers_item_data in self.new_customers:
                new_customers_item = CountAggregation(new_customers_item_data).value
                new_customers.append(new_customers_item)

        if new_customers is not UNSET:
            field_dict["new_customers"] = new_customers
        order_count: list[str] | Unset = UNSET
        if not isinstance(self.order_count, Unset):
            order_count = []
            for order_count_item_data in self.order_count:
                order_count_item = SumAggregation(order_count_item_data).value
                order_count.append(order_count_item)

        if order_count is not UNSET:
            field_dict["order_count"] = order_count
        order_statuses: list[str] | Unset = UNSET
        if not isinstance(self.order_statuses, Unset):
            order_statuses = []
            for order_statuses_item_data in self.order_statuses:
                order_statuses_item = CountAggregation(order_statuses_item_data).value
                order_statuses.append(order_statuses_item)

        if order_statuses is not UNSET:
            field_dict["order_statuses"] = order_statuses
        outstanding_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.outstanding_in_cents, Unset):
            outstanding_in_cents = []
            for outstanding_in_cents_item_data in self.outstanding_in_cents:
                outstanding_in_cents_item = SumAggregation(outstanding_in_cents_item_data).value
                outstanding_in_cents.append(outstanding_in_cents_item)

        if outstanding_in_cents is not UNSET:
            field_dict["outstanding_in_cents"] = outstanding_in_cents
        previous_period: list[str] | Unset = UNSET
        if not isinstance(self.previous_period, Unset):
            previous_period = []
            for previous_period_item_data in self.previous_period:
                previous_period_item = CountAggregation(previous_period_item_data).value
                previous_period.append(previous_period_item)

        if previous_period is not UNSET:
            field_dict["previous_period"] = previous_period
        revenue_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.revenue_in_cents, Unset):
            revenue_in_cents = []
            for revenue_in_cents_item_data in self.revenue_in_cents:
                revenue_in_cents_item = SumAggregation(revenue_in_cents_item_data).value
                revenue_in_cents.append(revenue_in_cents_item)

        if revenue_in_cents is not UNSET:
            field_dict["revenue_in_cents"] = revenue_in_cents
        revenue_over_time: list[str] | Unset = UNSET
        if not isinstance(self.revenue_over_time, Unset):
            revenue_over_time = []
            for revenue_over_time_item_data in self.revenue_over_time:
                revenue_over_time_item = CountAggregation(revenue_over_time_item_data).value
                revenue_over_time.append(revenue_over_time_item)

        if revenue_over_time is not UNSET:
            field_dict["revenue_over_time"] = revenue_over_time
        top_customers: list[str] | Unset = UNSET
        if not isinstance(self.top_customers, Unset):
            top_customers = []
            for top_customers_item_data in self.top_customers:
                top_customers_item = CountAggregation(top_customers_item_data).value
                top_customers.append(top_customers_item)

        if top_customers is not UNSET:
            field_dict["top_customers"] = top_customers
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total
        total_items_ordered: list[str] | Unset = UNSET
        if not isinstance(self.total_items_ordered, Unset):
            total_items_ordered = []
            for total_items_ordered_item_data in self.total_items_ordered:
                total_items_ordered_item = SumAggregation(total_items_ordered_item_data).value
                total_items_ordered.append(total_items_ordered_item)

        if total_items_ordered is not UNSET:
            field_dict["total_items_ordered"] = total_items_ordered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReportCompanyPerformanceStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _aov_over_time = d.get("aov_over_time", UNSET)
        aov_over_time: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_aov_over_time, list):
            aov_over_time = []
            try:
                for aov_over_time_item_data in _aov_over_time:
                    _aov_over_time_item = aov_over_time_item_data
                    if type(_aov_over_time_item) is str:
                        aov_over_time_item = CountAggregation._by__value.get(_aov_over_time_item) or CountAggregation(
                            _aov_over_time_item
                        )
                    elif isinstance(_aov_over_time_item, str):
                        aov_over_time_item = CountAggregation(_aov_over_time_item)
                    else:
                        raise FieldError("string (CountAggregation)", _aov_over_time_item)

                    aov_over_time.append(aov_over_time_item)
            except FieldError as field__error:
                field__error.segments.append(len(aov_over_time))
                field__error.segments.append("aov_over_time")
                raise
        elif _aov_over_time is not UNSET:
            raise FieldError("array", _aov_over_time, "aov_over_time")

        if aov_over_time is UNSET:
            n__absent += 1

        _average_order_value_in_cents = d.get("average_order_value_in_cents", UNSET)
        average_order_value_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_average_order_value_in_cents, list):
            average_order_value_in_cents = []
            try:
                for average_order_value_in_cents_item_data in _average_order_value_in_cents:
                    _average_order_value_in_cents_item = average_order_value_in_cents_item_data
                    if type(_average_order_value_in_cents_item) is str:
                        average_order_value_in_cents_item = SumAggregation._by__value.get(
                            _average_order_value_in_cents_item
                        ) or SumAggregation(_average_order_value_in_cents_item)
                    elif isinstance(_average_order_value_in_cents_item, str):
                        average_order_value_in_cents_item = SumAggregation(_average_order_value_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _average_order_value_in_cents_item)

                    average_order_value_in_cents.append(average_order_value_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(average_order_value_in_cents))
                field__error.segments.append("average_order_value_in_cents")
                raise
        elif _average_order_value_in_cents is not UNSET:
            raise FieldError("array", _average_order_value_in_cents, "average_order_value_in_cents")

        if average_order_value_in_cents is UNSET:
            n__absent += 1

        _avg_items_per_order = d.get("avg_items_per_order", UNSET)
        avg_items_per_order: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_avg_items_per_order, list):
            avg_items_per_order = []
            try:
                for avg_items_per_order_item_data in _avg_items_per_order:
                    _avg_items_per_order_item = avg_items_per_order_item_data
                    if type(_avg_items_per_order_item) is str:
                        avg_items_per_order_item = SumAggregation._by__value.get(
                            _avg_items_per_order_item
                        ) or SumAggregation(_avg_items_per_order_item)
                    elif isinstance(_avg_items_per_order_item, str):
                        avg_items_per_order_item = SumAggregation(_avg_items_per_order_item)
                    else:
                        raise FieldError("string (SumAggregation)", _avg_items_per_order_item)

                    avg_items_per_order.append(avg_items_per_order_item)
            except FieldError as field__error:
                field__error.segments.append(len(avg_items_per_order))
                field__error.segments.append("avg_items_per_order")
                raise
        elif _avg_items_per_order is not UNSET:
            raise FieldError("array", _avg_items_per_order, "avg_items_per_order")

        if avg_items_per_order is UNSET:
            n__absent += 1

        _avg_rental_duration_in_seconds = d.get("avg_rental_duration_in_seconds", UNSET)
        avg_rental_duration_in_seconds: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_avg_rental_duration_in_seconds, list):
            avg_rental_duration_in_seconds = []
            try:
                for avg_rental_duration_in_seconds_item_data in _avg_rental_duration_in_seconds:
                    _avg_rental_duration_in_seconds_item = avg_rental_duration_in_seconds_item_data
                    if type(_avg_rental_duration_in_seconds_item) is str:
                        avg_rental_duration_in_seconds_item = SumAggregation._by__value.get(
                            _avg_rental_duration_in_seconds_item
                        ) or SumAggregation(_avg_rental_duration_in_seconds_item)
                    elif isinstance(_avg_rental_duration_in_seconds_item, str):
                        avg_rental_duration_in_seconds_item = SumAggregation(_avg_rental_duration_in_seconds_item)
                    else:
                        raise FieldError("string (SumAggregation)", _avg_rental_duration_in_seconds_item)

                    avg_rental_duration_in_seconds.append(avg_rental_duration_in_seconds_item)
            except FieldError as field__error:
                field__error.segments.append(len(avg_rental_duration_in_seconds))
                field__error.segments.append("avg_rental_duration_in_seconds")
                raise
        elif _avg_rental_duration_in_seconds is not UNSET:
            raise FieldError("array", _avg_rental_duration_in_seconds, "avg_rental_duration_in_seconds")

        if avg_rental_duration_in_seconds is UNSET:
            n__absent += 1

        _collected_in_cents = d.get("collected_in_cents", UNSET)
        collected_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_collected_in_cents, list):
            collected_in_cents = []
            try:
                for collected_in_cents_item_data in _collected_in_cents:
                    _collected_in_cents_item = collected_in_cents_item_data
                    if type(_collected_in_cents_item) is str:
                        collected_in_cents_item = SumAggregation._by__value.get(
                            _collected_in_cents_item
                        ) or SumAggregation(_collected_in_cents_item)
                    elif isinstance(_collected_in_cents_item, str):
                        collected_in_cents_item = SumAggregation(_collected_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _collected_in_cents_item)

                    collected_in_cents.append(collected_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(collected_in_cents))
                field__error.segments.append("collected_in_cents")
                raise
        elif _collected_in_cents is not UNSET:
            raise FieldError("array", _collected_in_cents, "collected_in_cents")

        if collected_in_cents is UNSET:
            n__absent += 1

        _deposit_held_in_cents = d.get("deposit_held_in_cents", UNSET)
        deposit_held_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_deposit_held_in_cents, list):
            deposit_held_in_cents = []
            try:
                for deposit_held_in_cents_item_data in _deposit_held_in_cents:
                    _deposit_held_in_cents_item = deposit_held_in_cents_item_data
                    if type(_deposit_held_in_cents_item) is str:
                        deposit_held_in_cents_item = SumAggregation._by__value.get(
                            _deposit_held_in_cents_item
                        ) or SumAggregation(_deposit_held_in_cents_item)
                    elif isinstance(_deposit_held_in_cents_item, str):
                        deposit_held_in_cents_item = SumAggregation(_deposit_held_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _deposit_held_in_cents_item)

                    deposit_held_in_cents.append(deposit_held_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_held_in_cents))
                field__error.segments.append("deposit_held_in_cents")
                raise
        elif _deposit_held_in_cents is not UNSET:
            raise FieldError("array", _deposit_held_in_cents, "deposit_held_in_cents")

        if deposit_held_in_cents is UNSET:
            n__absent += 1

        _deposit_outstanding_in_cents = d.get("deposit_outstanding_in_cents", UNSET)
        deposit_outstanding_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_deposit_outstanding_in_cents, list):
            deposit_outstanding_in_cents = []
            try:
                for deposit_outstanding_in_cents_item_data in _deposit_outstanding_in_cents:
                    _deposit_outstanding_in_cents_item = deposit_outstanding_in_cents_item_data
                    if type(_deposit_outstanding_in_cents_item) is str:
                        deposit_outstanding_in_cents_item = SumAggregation._by__value.get(
                            _deposit_outstanding_in_cents_item
                        ) or SumAggregation(_deposit_outstanding_in_cents_item)
                    elif isinstance(_deposit_outstanding_in_cents_item, str):
                        deposit_outstanding_in_cents_item = SumAggregation(_deposit_outstanding_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _deposit_outstanding_in_cents_item)

                    deposit_outstanding_in_cents.append(deposit_outstanding_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(deposit_outstanding_in_cents))
                field__error.segments.append("deposit_outstanding_in_cents")
                raise
        elif _deposit_outstanding_in_cents is not UNSET:
            raise FieldError("array", _deposit_outstanding_in_cents, "deposit_outstanding_in_cents")

        if deposit_outstanding_in_cents is UNSET:
            n__absent += 1

        _fulfillment_rate = d.get("fulfillment_rate", UNSET)
        fulfillment_rate: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_fulfillment_rate, list):
            fulfillment_rate = []
            try:
                for fulfillment_rate_item_data in _fulfillment_rate:
                    _fulfillment_rate_item = fulfillment_rate_item_data
                    if type(_fulfillment_rate_item) is str:
                        fulfillment_rate_item = SumAggregation._by__value.get(_fulfillment_rate_item) or SumAggregation(
                            _fulfillment_rate_item
                        )
                    elif isinstance(_fulfillment_rate_item, str):
                        fulfillment_rate_item = SumAggregation(_fulfillment_rate_item)
                    else:
                        raise FieldError("string (SumAggregation)", _fulfillment_rate_item)

                    fulfillment_rate.append(fulfillment_rate_item)
            except FieldError as field__error:
                field__error.segments.append(len(fulfillment_rate))
                field__error.segments.append("fulfillment_rate")
                raise
        elif _fulfillment_rate is not UNSET:
            raise FieldError("array", _fulfillment_rate, "fulfillment_rate")

        if fulfillment_rate is UNSET:
            n__absent += 1

        _new_customers = d.get("new_customers", UNSET)
        new_customers: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_new_customers, list):
            new_customers = []
            try:
                for new_customers_item_data in _new_customers:
                    _new_customers_item = new_customers_item_data
                    if type(_new_customers_item) is str:
                        new_customers_item = CountAggregation._by__value.get(_new_customers_item) or CountAggregation(
                            _new_customers_item
                        )
                    elif isinstance(_new_customers_item, str):
                        new_customers_item = CountAggregation(_new_customers_item)
                    else:
                        raise FieldError("string (CountAggregation)", _new_customers_item)

                    new_customers.append(new_customers_item)
            except FieldError as field__error:
                field__error.segments.append(len(new_customers))
                field__error.segments.append("new_customers")
                raise
        elif _new_customers is not UNSET:
            raise FieldError("array", _new_customers, "new_customers")

        if new_customers is UNSET:
            n__absent += 1

        _order_count = d.get("order_count", UNSET)
        order_count: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_order_count, list):
            order_count = []
            try:
                for order_count_item_data in _order_count:
                    _order_count_item = order_count_item_data
                    if type(_order_count_item) is str:
                        order_count_item = SumAggregation._by__value.get(_order_count_item) or SumAggregation(
                            _order_count_item
                        )
                    elif isinstance(_order_count_item, str):
                        order_count_item = SumAggregation(_order_count_item)
                    else:
                        raise FieldError("string (SumAggregation)", _order_count_item)

                    order_count.append(order_count_item)
            except FieldError as field__error:
                field__error.segments.append(len(order_count))
                field__error.segments.append("order_count")
                raise
        elif _order_count is not UNSET:
            raise FieldError("array", _order_count, "order_count")

        if order_count is UNSET:
            n__absent += 1

        _order_statuses = d.get("order_statuses", UNSET)
        order_statuses: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_order_statuses, list):
            order_statuses = []
            try:
                for order_statuses_item_data in _order_statuses:
                    _order_statuses_item = order_statuses_item_data
                    if type(_order_statuses_item) is str:
                        order_statuses_item = CountAggregation._by__value.get(_order_statuses_item) or CountAggregation(
                            _order_statuses_item
                        )
                    elif isinstance(_order_statuses_item, str):
                        order_statuses_item = CountAggregation(_order_statuses_item)
                    else:
                        raise FieldError("string (CountAggregation)", _order_statuses_item)

                    order_statuses.append(order_statuses_item)
            except FieldError as field__error:
                field__error.segments.append(len(order_statuses))
                field__error.segments.append("order_statuses")
                raise
        elif _order_statuses is not UNSET:
            raise FieldError("array", _order_statuses, "order_statuses")

        if order_statuses is UNSET:
            n__absent += 1

        _outstanding_in_cents = d.get("outstanding_in_cents", UNSET)
        outstanding_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_outstanding_in_cents, list):
            outstanding_in_cents = []
            try:
                for outstanding_in_cents_item_data in _outstanding_in_cents:
                    _outstanding_in_cents_item = outstanding_in_cents_item_data
                    if type(_outstanding_in_cents_item) is str:
                        outstanding_in_cents_item = SumAggregation._by__value.get(
                            _outstanding_in_cents_item
                        ) or SumAggregation(_outstanding_in_cents_item)
                    elif isinstance(_outstanding_in_cents_item, str):
                        outstanding_in_cents_item = SumAggregation(_outstanding_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _outstanding_in_cents_item)

                    outstanding_in_cents.append(outstanding_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(outstanding_in_cents))
                field__error.segments.append("outstanding_in_cents")
                raise
        elif _outstanding_in_cents is not UNSET:
            raise FieldError("array", _outstanding_in_cents, "outstanding_in_cents")

        if outstanding_in_cents is UNSET:
            n__absent += 1

        _previous_period = d.get("previous_period", UNSET)
        previous_period: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_previous_period, list):
            previous_period = []
            try:
                for previous_period_item_data in _previous_period:
                    _previous_period_item = previous_period_item_data
                    if type(_previous_period_item) is str:
                        previous_period_item = CountAggregation._by__value.get(
                            _previous_period_item
                        ) or CountAggregation(_previous_period_item)
                    elif isinstance(_previous_period_item, str):
                        previous_period_item = CountAggregation(_previous_period_item)
                    else:
                        raise FieldError("string (CountAggregation)", _previous_period_item)

                    previous_period.append(previous_period_item)
            except FieldError as field__error:
                field__error.segments.append(len(previous_period))
                field__error.segments.append("previous_period")
                raise
        elif _previous_period is not UNSET:
            raise FieldError("array", _previous_period, "previous_period")

        if previous_period is UNSET:
            n__absent += 1

        _revenue_in_cents = d.get("revenue_in_cents", UNSET)
        revenue_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_revenue_in_cents, list):
            revenue_in_cents = []
            try:
                for revenue_in_cents_item_data in _revenue_in_cents:
                    _revenue_in_cents_item = revenue_in_cents_item_data
                    if type(_revenue_in_cents_item) is str:
                        revenue_in_cents_item = SumAggregation._by__value.get(_revenue_in_cents_item) or SumAggregation(
                            _revenue_in_cents_item
                        )
                    elif isinstance(_revenue_in_cents_item, str):
                        revenue_in_cents_item = SumAggregation(_revenue_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _revenue_in_cents_item)

                    revenue_in_cents.append(revenue_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(revenue_in_cents))
                field__error.segments.append("revenue_in_cents")
                raise
        elif _revenue_in_cents is not UNSET:
            raise FieldError("array", _revenue_in_cents, "revenue_in_cents")

        if revenue_in_cents is UNSET:
            n__absent += 1

        _revenue_over_time = d.get("revenue_over_time", UNSET)
        revenue_over_time: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_revenue_over_time, list):
            revenue_over_time = []
            try:
                for revenue_over_time_item_data in _revenue_over_time:
                    _revenue_over_time_item = revenue_over_time_item_data
                    if type(_revenue_over_time_item) is str:
                        revenue_over_time_item = CountAggregation._by__value.get(
                            _revenue_over_time_item
                        ) or CountAggregation(_revenue_over_time_item)
                    elif isinstance(_revenue_over_time_item, str):
                        revenue_over_time_item = CountAggregation(_revenue_over_time_item)
                    else:
                        raise FieldError("string (CountAggregation)", _revenue_over_time_item)

                    revenue_over_time.append(revenue_over_time_item)
            except FieldError as field__error:
                field__error.segments.append(len(revenue_over_time))
                field__error.segments.append("revenue_over_time")
                raise
        elif _revenue_over_time is not UNSET:
            raise FieldError("array", _revenue_over_time, "revenue_over_time")

        if revenue_over_time is UNSET:
            n__absent += 1

        _top_customers = d.get("top_customers", UNSET)
        top_customers: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_top_customers, list):
            top_customers = []
            try:
                for top_customers_item_data in _top_customers:
                    _top_customers_item = top_customers_item_data
                    if type(_top_customers_item) is str:
                        top_customers_item = CountAggregation._by__value.get(_top_customers_item) or CountAggregation(
                            _top_customers_item
                        )
                    elif isinstance(_top_customers_item, str):
                        top_customers_item = CountAggregation(_top_customers_item)
                    else:
                        raise FieldError("string (CountAggregation)", _top_customers_item)

                    top_customers.append(top_customers_item)
            except FieldError as field__error:
                field__error.segments.append(len(top_customers))
                field__error.segments.append("top_customers")
                raise
        elif _top_customers is not UNSET:
            raise FieldError("array", _top_customers, "top_customers")

        if top_customers is UNSET:
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

        _total_items_ordered = d.get("total_items_ordered", UNSET)
        total_items_ordered: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_total_items_ordered, list):
            total_items_ordered = []
            try:
                for total_items_ordered_item_data in _total_items_ordered:
                    _total_items_ordered_item = total_items_ordered_item_data
                    if type(_total_items_ordered_item) is str:
                        total_items_ordered_item = SumAggregation._by__value.get(
                            _total_items_ordered_item
                        ) or SumAggregation(_total_items_ordered_item)
                    elif isinstance(_total_items_ordered_item, str):
                        total_items_ordered_item = SumAggregation(_total_items_ordered_item)
                    else:
                        raise FieldError("string (SumAggregation)", _total_items_ordered_item)

                    total_items_ordered.append(total_items_ordered_item)
            except FieldError as field__error:
                field__error.segments.append(len(total_items_ordered))
                field__error.segments.append("total_items_ordered")
                raise
        elif _total_items_ordered is not UNSET:
            raise FieldError("array", _total_items_ordered, "total_items_ordered")

        if total_items_ordered is UNSET:
            n__absent += 1

        if cls is _plain__class:
            report_company_performance_stats_request = _new__object(cls)
            report_company_performance_stats_request.aov_over_time = aov_over_time
            report_company_performance_stats_request.average_order_value_in_cents = average_order_value_in_cents
            report_company_performance_stats_request.avg_items_per_order = avg_items_per_order
            report_company_performance_stats_request.avg_rental_duration_in_seconds = avg_rental_duration_in_seconds
            report_company_performance_stats_request.collected_in_cents = collected_in_cents
            report_company_performance_stats_request.deposit_held_in_cents = deposit_held_in_cents
            report_company_performance_stats_request.deposit_outstanding_in_cents = deposit_outstanding_in_cents
            report_company_performance_stats_request.fulfillment_rate = fulfillment_rate
            report_company_performance_stats_request.new_customers = new_customers
            report_company_performance_stats_request.order_count = order_count
            report_company_performance_stats_request.order_statuses = order_statuses
            report_company_performance_stats_request.outstanding_in_cents = outstanding_in_cents
            report_company_performance_stats_request.previous_period = previous_period
            report_company_performance_stats_request.revenue_in_cents = revenue_in_cents
            report_company_performance_stats_request.revenue_over_time = revenue_over_time
            report_company_performance_stats_request.top_customers = top_customers
            report_company_performance_stats_request.total = total
            report_company_performance_stats_request.total_items_ordered = total_items_ordered
        else:
            report_company_performance_stats_request = cls(
                aov_over_time,
                average_order_value_in_cents,
                avg_items_per_order,
                avg_rental_duration_in_seconds,
                collected_in_cents,
                deposit_held_in_cents,
                deposit_outstanding_in_cents,
                fulfillment_rate,
                new_customers,
                order_count,
                order_statuses,
                outstanding_in_cents,
                previous_period,
                revenue_in_cents,
                revenue_over_time,
                top_customers,
                total,
                total_items_ordered,
            )
        if len(d) + n__absent != 18:
            for prop_name in d:
                if prop_name not in {
                    "aov_over_time",
                    "average_order_value_in_cents",
                    "avg_items_per_order",
                    "avg_rental_duration_in_seconds",
                    "collected_in_cents",
                    "deposit_held_in_cents",
                    "deposit_outstanding_in_cents",
                    "fulfillment_rate",
                    "new_customers",
                    "order_count",
                    "order_statuses",
                    "outstanding_in_cents",
                    "previous_period",
                    "revenue_in_cents",
                    "revenue_over_time",
                    "top_customers",
                    "total",
                    "total_items_ordered",
                }:
                    raise FieldError(
                        "no such property (ReportCompanyPerformanceStatsRequest allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return report_company_performance_stats_request

    __repr__ = _model__repr


_plain__class: type[ReportCompanyPerformanceStatsRequest] | None = (
    ReportCompanyPerformanceStatsRequest
    if {field.name for field in _attrs_fields(ReportCompanyPerformanceStatsRequest)}
    == {
        "aov_over_time",
        "average_order_value_in_cents",
        "avg_items_per_order",
        "avg_rental_duration_in_seconds",
        "collected_in_cents",
        "deposit_held_in_cents",
        "deposit_outstanding_in_cents",
        "fulfillment_rate",
        "new_customers",
        "order_count",
        "order_statuses",
        "outstanding_in_cents",
        "previous_period",
        "revenue_in_cents",
        "revenue_over_time",
        "top_customers",
        "total",
        "total_items_ordered",
    }
    and not hasattr(ReportCompanyPerformanceStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
