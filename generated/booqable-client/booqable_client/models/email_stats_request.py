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

T = TypeVar("T", bound="EmailStatsRequest")


@_attrs_define
class EmailStatsRequest:
    """Aggregations to compute over all matching emails (not just the page): field name to the list of aggregations. Sent
    as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            has_error (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
    """

    has_error: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        has_error: list[str] | Unset = UNSET
        if not isinstance(self.has_error, Unset):
            has_error = []
            for has_error_item_data in self.has_error:
                has_error_item = CountAggregation(has_error_item_data).value
                has_error.append(has_error_item)

        if has_error is not UNSET:
            field_dict["has_error"] = has_error
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
                raise FieldError("object (EmailStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _has_error = d.get("has_error", UNSET)
        has_error: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_has_error, list):
            has_error = []
            try:
                for has_error_item_data in _has_error:
                    _has_error_item = has_error_item_data
                    if type(_has_error_item) is str:
                        has_error_item = CountAggregation._by__value.get(_has_error_item) or CountAggregation(
                            _has_error_item
                        )
                    elif isinstance(_has_error_item, str):
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

        if has_error is UNSET:
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
            email_stats_request = _new__object(cls)
            email_stats_request.has_error = has_error
            email_stats_request.total = total
        else:
            email_stats_request = cls(
                has_error,
                total,
            )
        if len(d) + n__absent != 2:
            for prop_name in d:
                if prop_name not in {"has_error", "total"}:
                    raise FieldError(
                        "no such property (EmailStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return email_stats_request

    __repr__ = _model__repr


_plain__class: type[EmailStatsRequest] | None = (
    EmailStatsRequest
    if {field.name for field in _attrs_fields(EmailStatsRequest)} == {"has_error", "total"}
    and not hasattr(EmailStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
