from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..models.count_aggregation import CountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="DowntimeStatsRequest")


@_attrs_define
class DowntimeStatsRequest:
    """Aggregations to compute over all matching downtimes (not just the page): field name to the list of aggregations.
    Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            attention_required (list[CountAggregation] | Unset):
            item_type (list[CountAggregation] | Unset):
            reason (list[CountAggregation] | Unset):
            status (list[CountAggregation] | Unset):
            total (list[CountAggregation] | Unset):
    """

    attention_required: list[CountAggregation] | Unset = UNSET
    item_type: list[CountAggregation] | Unset = UNSET
    reason: list[CountAggregation] | Unset = UNSET
    status: list[CountAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attention_required: list[str] | Unset = UNSET
        if not isinstance(self.attention_required, Unset):
            attention_required = []
            for attention_required_item_data in self.attention_required:
                attention_required_item = attention_required_item_data.value
                attention_required.append(attention_required_item)

        item_type: list[str] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = []
            for item_type_item_data in self.item_type:
                item_type_item = item_type_item_data.value
                item_type.append(item_type_item)

        reason: list[str] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = []
            for reason_item_data in self.reason:
                reason_item = reason_item_data.value
                reason.append(reason_item)

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
        if attention_required is not UNSET:
            field_dict["attention_required"] = attention_required
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (DowntimeStatsRequest)", src_dict)
        d = dict(src_dict)
        _attention_required = d.pop("attention_required", UNSET)
        attention_required: list[CountAggregation] | Unset = UNSET
        if isinstance(_attention_required, list):
            attention_required = []
            try:
                for attention_required_item_data in _attention_required:
                    _attention_required_item = attention_required_item_data
                    if isinstance(_attention_required_item, str):
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

        _item_type = d.pop("item_type", UNSET)
        item_type: list[CountAggregation] | Unset = UNSET
        if isinstance(_item_type, list):
            item_type = []
            try:
                for item_type_item_data in _item_type:
                    _item_type_item = item_type_item_data
                    if isinstance(_item_type_item, str):
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

        _reason = d.pop("reason", UNSET)
        reason: list[CountAggregation] | Unset = UNSET
        if isinstance(_reason, list):
            reason = []
            try:
                for reason_item_data in _reason:
                    _reason_item = reason_item_data
                    if isinstance(_reason_item, str):
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

        _status = d.pop("status", UNSET)
        status: list[CountAggregation] | Unset = UNSET
        if isinstance(_status, list):
            status = []
            try:
                for status_item_data in _status:
                    _status_item = status_item_data
                    if isinstance(_status_item, str):
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

        downtime_stats_request = cls(
            attention_required=attention_required,
            item_type=item_type,
            reason=reason,
            status=status,
            total=total,
        )

        if d:
            raise FieldError(
                "no such property (DowntimeStatsRequest allows no others)", None, next(iter(d)), found="one"
            )
        return downtime_stats_request
