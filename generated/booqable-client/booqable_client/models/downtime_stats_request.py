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

T = TypeVar("T", bound="DowntimeStatsRequest")


@_attrs_define
class DowntimeStatsRequest:
    """Aggregations to compute over all matching downtimes (not just the page): field name to the list of aggregations.
    Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            attention_required (list[CountAggregation | Literal["count"]] | Unset):
            item_type (list[CountAggregation | Literal["count"]] | Unset):
            reason (list[CountAggregation | Literal["count"]] | Unset):
            status (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
    """

    attention_required: list[CountAggregation | Literal["count"]] | Unset = UNSET
    item_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
    reason: list[CountAggregation | Literal["count"]] | Unset = UNSET
    status: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        attention_required: list[str] | Unset = UNSET
        if not isinstance(self.attention_required, Unset):
            attention_required = []
            for attention_required_item_data in self.attention_required:
                attention_required_item = CountAggregation(attention_required_item_data).value
                attention_required.append(attention_required_item)

        if attention_required is not UNSET:
            field_dict["attention_required"] = attention_required
        item_type: list[str] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = []
            for item_type_item_data in self.item_type:
                item_type_item = CountAggregation(item_type_item_data).value
                item_type.append(item_type_item)

        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        reason: list[str] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = []
            for reason_item_data in self.reason:
                reason_item = CountAggregation(reason_item_data).value
                reason.append(reason_item)

        if reason is not UNSET:
            field_dict["reason"] = reason
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
                raise FieldError("object (DowntimeStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _attention_required = d.get("attention_required", UNSET)
        attention_required: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_attention_required, list):
            attention_required = []
            try:
                for attention_required_item_data in _attention_required:
                    _attention_required_item = attention_required_item_data
                    if type(_attention_required_item) is str:
                        attention_required_item = CountAggregation._by__value.get(
                            _attention_required_item
                        ) or CountAggregation(_attention_required_item)
                    elif isinstance(_attention_required_item, str):
                        attention_required_item = CountAggregation(_attention_required_item)
                    else:
                        raise FieldError("string (CountAggregation)", _attention_required_item)

                    attention_required.append(attention_required_item)
            except FieldError as field__error:
                field__error.segments.append(len(attention_required))
                field__error.segments.append("attention_required")
                raise
        elif _attention_required is not UNSET:
            raise FieldError("array", _attention_required, "attention_required")

        if attention_required is UNSET:
            n__absent += 1

        _item_type = d.get("item_type", UNSET)
        item_type: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_item_type, list):
            item_type = []
            try:
                for item_type_item_data in _item_type:
                    _item_type_item = item_type_item_data
                    if type(_item_type_item) is str:
                        item_type_item = CountAggregation._by__value.get(_item_type_item) or CountAggregation(
                            _item_type_item
                        )
                    elif isinstance(_item_type_item, str):
                        item_type_item = CountAggregation(_item_type_item)
                    else:
                        raise FieldError("string (CountAggregation)", _item_type_item)

                    item_type.append(item_type_item)
            except FieldError as field__error:
                field__error.segments.append(len(item_type))
                field__error.segments.append("item_type")
                raise
        elif _item_type is not UNSET:
            raise FieldError("array", _item_type, "item_type")

        if item_type is UNSET:
            n__absent += 1

        _reason = d.get("reason", UNSET)
        reason: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_reason, list):
            reason = []
            try:
                for reason_item_data in _reason:
                    _reason_item = reason_item_data
                    if type(_reason_item) is str:
                        reason_item = CountAggregation._by__value.get(_reason_item) or CountAggregation(_reason_item)
                    elif isinstance(_reason_item, str):
                        reason_item = CountAggregation(_reason_item)
                    else:
                        raise FieldError("string (CountAggregation)", _reason_item)

                    reason.append(reason_item)
            except FieldError as field__error:
                field__error.segments.append(len(reason))
                field__error.segments.append("reason")
                raise
        elif _reason is not UNSET:
            raise FieldError("array", _reason, "reason")

        if reason is UNSET:
            n__absent += 1

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
            downtime_stats_request = _new__object(cls)
            downtime_stats_request.attention_required = attention_required
            downtime_stats_request.item_type = item_type
            downtime_stats_request.reason = reason
            downtime_stats_request.status = status
            downtime_stats_request.total = total
        else:
            downtime_stats_request = cls(
                attention_required,
                item_type,
                reason,
                status,
                total,
            )
        if len(d) + n__absent != 5:
            for prop_name in d:
                if prop_name not in {"attention_required", "item_type", "reason", "status", "total"}:
                    raise FieldError(
                        "no such property (DowntimeStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return downtime_stats_request

    __repr__ = _model__repr


_plain__class: type[DowntimeStatsRequest] | None = (
    DowntimeStatsRequest
    if {field.name for field in _attrs_fields(DowntimeStatsRequest)}
    == {"attention_required", "item_type", "reason", "status", "total"}
    and not hasattr(DowntimeStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
