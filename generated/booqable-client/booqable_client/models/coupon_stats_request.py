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

T = TypeVar("T", bound="CouponStatsRequest")


@_attrs_define
class CouponStatsRequest:
    """Aggregations to compute over all matching coupons (not just the page): field name to the list of aggregations. Sent
    as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            active (list[CountAggregation | Literal["count"]] | Unset):
            tag_list (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
    """

    active: list[CountAggregation | Literal["count"]] | Unset = UNSET
    tag_list: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        active: list[str] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = []
            for active_item_data in self.active:
                active_item = CountAggregation(active_item_data).value
                active.append(active_item)

        if active is not UNSET:
            field_dict["active"] = active
        tag_list: list[str] | Unset = UNSET
        if not isinstance(self.tag_list, Unset):
            tag_list = []
            for tag_list_item_data in self.tag_list:
                tag_list_item = CountAggregation(tag_list_item_data).value
                tag_list.append(tag_list_item)

        if tag_list is not UNSET:
            field_dict["tag_list"] = tag_list
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
                raise FieldError("object (CouponStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _active = d.get("active", UNSET)
        active: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_active, list):
            active = []
            try:
                for active_item_data in _active:
                    _active_item = active_item_data
                    if type(_active_item) is str:
                        active_item = CountAggregation._by__value.get(_active_item) or CountAggregation(_active_item)
                    elif isinstance(_active_item, str):
                        active_item = CountAggregation(_active_item)
                    else:
                        raise FieldError("string (CountAggregation)", _active_item)

                    active.append(active_item)
            except FieldError as field__error:
                field__error.segments.append(len(active))
                field__error.segments.append("active")
                raise
        elif _active is not UNSET:
            raise FieldError("array", _active, "active")

        if active is UNSET:
            n__absent += 1

        _tag_list = d.get("tag_list", UNSET)
        tag_list: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_tag_list, list):
            tag_list = []
            try:
                for tag_list_item_data in _tag_list:
                    _tag_list_item = tag_list_item_data
                    if type(_tag_list_item) is str:
                        tag_list_item = CountAggregation._by__value.get(_tag_list_item) or CountAggregation(
                            _tag_list_item
                        )
                    elif isinstance(_tag_list_item, str):
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

        if tag_list is UNSET:
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
            coupon_stats_request = _new__object(cls)
            coupon_stats_request.active = active
            coupon_stats_request.tag_list = tag_list
            coupon_stats_request.total = total
        else:
            coupon_stats_request = cls(
                active,
                tag_list,
                total,
            )
        if len(d) + n__absent != 3:
            for prop_name in d:
                if prop_name not in {"active", "tag_list", "total"}:
                    raise FieldError(
                        "no such property (CouponStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return coupon_stats_request

    __repr__ = _model__repr


_plain__class: type[CouponStatsRequest] | None = (
    CouponStatsRequest
    if {field.name for field in _attrs_fields(CouponStatsRequest)} == {"active", "tag_list", "total"}
    and not hasattr(CouponStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
