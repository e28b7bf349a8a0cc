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

T = TypeVar("T", bound="ReportCouponStatsRequest")


@_attrs_define
class ReportCouponStatsRequest:
    """Aggregations to compute over all matching report coupons (not just the page): field name to the list of
    aggregations. Sent as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            active_coupons (list[CountAggregation | Literal["count"]] | Unset):
            archived_coupons (list[CountAggregation | Literal["count"]] | Unset):
            expired_coupons (list[CountAggregation | Literal["count"]] | Unset):
            inactive_coupons (list[CountAggregation | Literal["count"]] | Unset):
            redemption_count (list[SumAggregation | Literal["sum"]] | Unset):
            tags (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
            total_discount_in_cents (list[SumAggregation | Literal["sum"]] | Unset):
    """

    active_coupons: list[CountAggregation | Literal["count"]] | Unset = UNSET
    archived_coupons: list[CountAggregation | Literal["count"]] | Unset = UNSET
    expired_coupons: list[CountAggregation | Literal["count"]] | Unset = UNSET
    inactive_coupons: list[CountAggregation | Literal["count"]] | Unset = UNSET
    redemption_count: list[SumAggregation | Literal["sum"]] | Unset = UNSET
    tags: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total_discount_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        active_coupons: list[str] | Unset = UNSET
        if not isinstance(self.active_coupons, Unset):
            active_coupons = []
            for active_coupons_item_data in self.active_coupons:
                active_coupons_item = CountAggregation(active_coupons_item_data).value
                active_coupons.append(active_coupons_item)

        if active_coupons is not UNSET:
            field_dict["active_coupons"] = active_coupons
        archived_coupons: list[str] | Unset = UNSET
        if not isinstance(self.archived_coupons, Unset):
            archived_coupons = []
            for archived_coupons_item_data in self.archived_coupons:
                archived_coupons_item = CountAggregation(archived_coupons_item_data).value
                archived_coupons.append(archived_coupons_item)

        if archived_coupons is not UNSET:
            field_dict["archived_coupons"] = archived_coupons
        expired_coupons: list[str] | Unset = UNSET
        if not isinstance(self.expired_coupons, Unset):
            expired_coupons = []
            for expired_coupons_item_data in self.expired_coupons:
                expired_coupons_item = CountAggregation(expired_coupons_item_data).value
                expired_coupons.append(expired_coupons_item)

        if expired_coupons is not UNSET:
            field_dict["expired_coupons"] = expired_coupons
        inactive_coupons: list[str] | Unset = UNSET
        if not isinstance(self.inactive_coupons, Unset):
            inactive_coupons = []
            for inactive_coupons_item_data in self.inactive_coupons:
                inactive_coupons_item = CountAggregation(inactive_coupons_item_data).value
                inactive_coupons.append(inactive_coupons_item)

        if inactive_coupons is not UNSET:
            field_dict["inactive_coupons"] = inactive_coupons
        redemption_count: list[str] | Unset = UNSET
        if not isinstance(self.redemption_count, Unset):
            redemption_count = []
            for redemption_count_item_data in self.redemption_count:
                redemption_count_item = SumAggregation(redemption_count_item_data).value
                redemption_count.append(redemption_count_item)

        if redemption_count is not UNSET:
            field_dict["redemption_count"] = redemption_count
        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = CountAggregation(tags_item_data).value
                tags.append(tags_item)

        if tags is not UNSET:
            field_dict["tags"] = tags
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total
        total_discount_in_cents: list[str] | Unset = UNSET
        if not isinstance(self.total_discount_in_cents, Unset):
            total_discount_in_cents = []
            for total_discount_in_cents_item_data in self.total_discount_in_cents:
                total_discount_in_cents_item = SumAggregation(total_discount_in_cents_item_data).value
                total_discount_in_cents.append(total_discount_in_cents_item)

        if total_discount_in_cents is not UNSET:
            field_dict["total_discount_in_cents"] = total_discount_in_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (ReportCouponStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _active_coupons = d.get("active_coupons", UNSET)
        active_coupons: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_active_coupons, list):
            active_coupons = []
            try:
                for active_coupons_item_data in _active_coupons:
                    _active_coupons_item = active_coupons_item_data
                    if type(_active_coupons_item) is str:
                        active_coupons_item = CountAggregation._by__value.get(_active_coupons_item) or CountAggregation(
                            _active_coupons_item
                        )
                    elif isinstance(_active_coupons_item, str):
                        active_coupons_item = CountAggregation(_active_coupons_item)
                    else:
                        raise FieldError("string (CountAggregation)", _active_coupons_item)

                    active_coupons.append(active_coupons_item)
            except FieldError as field__error:
                field__error.segments.append(len(active_coupons))
                field__error.segments.append("active_coupons")
                raise
        elif _active_coupons is not UNSET:
            raise FieldError("array", _active_coupons, "active_coupons")

        if active_coupons is UNSET:
            n__absent += 1

        _archived_coupons = d.get("archived_coupons", UNSET)
        archived_coupons: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_archived_coupons, list):
            archived_coupons = []
            try:
                for archived_coupons_item_data in _archived_coupons:
                    _archived_coupons_item = archived_coupons_item_data
                    if type(_archived_coupons_item) is str:
                        archived_coupons_item = CountAggregation._by__value.get(
                            _archived_coupons_item
                        ) or CountAggregation(_archived_coupons_item)
                    elif isinstance(_archived_coupons_item, str):
                        archived_coupons_item = CountAggregation(_archived_coupons_item)
                    else:
                        raise FieldError("string (CountAggregation)", _archived_coupons_item)

                    archived_coupons.append(archived_coupons_item)
            except FieldError as field__error:
                field__error.segments.append(len(archived_coupons))
                field__error.segments.append("archived_coupons")
                raise
        elif _archived_coupons is not UNSET:
            raise FieldError("array", _archived_coupons, "archived_coupons")

        if archived_coupons is UNSET:
            n__absent += 1

        _expired_coupons = d.get("expired_coupons", UNSET)
        expired_coupons: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_expired_coupons, list):
            expired_coupons = []
            try:
                for expired_coupons_item_data in _expired_coupons:
                    _expired_coupons_item = expired_coupons_item_data
                    if type(_expired_coupons_item) is str:
                        expired_coupons_item = CountAggregation._by__value.get(
                            _expired_coupons_item
                        ) or CountAggregation(_expired_coupons_item)
                    elif isinstance(_expired_coupons_item, str):
                        expired_coupons_item = CountAggregation(_expired_coupons_item)
                    else:
                        raise FieldError("string (CountAggregation)", _expired_coupons_item)

                    expired_coupons.append(expired_coupons_item)
            except FieldError as field__error:
                field__error.segments.append(len(expired_coupons))
                field__error.segments.append("expired_coupons")
                raise
        elif _expired_coupons is not UNSET:
            raise FieldError("array", _expired_coupons, "expired_coupons")

        if expired_coupons is UNSET:
            n__absent += 1

        _inactive_coupons = d.get("inactive_coupons", UNSET)
        inactive_coupons: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_inactive_coupons, list):
            inactive_coupons = []
            try:
                for inactive_coupons_item_data in _inactive_coupons:
                    _inactive_coupons_item = inactive_coupons_item_data
                    if type(_inactive_coupons_item) is str:
                        inactive_coupons_item = CountAggregation._by__value.get(
                            _inactive_coupons_item
                        ) or CountAggregation(_inactive_coupons_item)
                    elif isinstance(_inactive_coupons_item, str):
                        inactive_coupons_item = CountAggregation(_inactive_coupons_item)
                    else:
                        raise FieldError("string (CountAggregation)", _inactive_coupons_item)

                    inactive_coupons.append(inactive_coupons_item)
            except FieldError as field__error:
                field__error.segments.append(len(inactive_coupons))
                field__error.segments.append("inactive_coupons")
                raise
        elif _inactive_coupons is not UNSET:
            raise FieldError("array", _inactive_coupons, "inactive_coupons")

        if inactive_coupons is UNSET:
            n__absent += 1

        _redemption_count = d.get("redemption_count", UNSET)
        redemption_count: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_redemption_count, list):
            redemption_count = []
            try:
                for redemption_count_item_data in _redemption_count:
                    _redemption_count_item = redemption_count_item_data
                    if type(_redemption_count_item) is str:
                        redemption_count_item = SumAggregation._by__value.get(_redemption_count_item) or SumAggregation(
                            _redemption_count_item
                        )
                    elif isinstance(_redemption_count_item, str):
                        redemption_count_item = SumAggregation(_redemption_count_item)
                    else:
                        raise FieldError("string (SumAggregation)", _redemption_count_item)

                    redemption_count.append(redemption_count_item)
            except FieldError as field__error:
                field__error.segments.append(len(redemption_count))
                field__error.segments.append("redemption_count")
                raise
        elif _redemption_count is not UNSET:
            raise FieldError("array", _redemption_count, "redemption_count")

        if redemption_count is UNSET:
            n__absent += 1

        _tags = d.get("tags", UNSET)
        tags: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_tags, list):
            tags = []
            try:
                for tags_item_data in _tags:
                    _tags_item = tags_item_data
                    if type(_tags_item) is str:
                        tags_item = CountAggregation._by__value.get(_tags_item) or CountAggregation(_tags_item)
                    elif isinstance(_tags_item, str):
                        tags_item = CountAggregation(_tags_item)
                    else:
                        raise FieldError("string (CountAggregation)", _tags_item)

                    tags.append(tags_item)
            except FieldError as field__error:
                field__error.segments.append(len(tags))
                field__error.segments.append("tags")
                raise
        elif _tags is not UNSET:
            raise FieldError("array", _tags, "tags")

        if tags is UNSET:
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

        _total_discount_in_cents = d.get("total_discount_in_cents", UNSET)
        total_discount_in_cents: list[SumAggregation | Literal["sum"]] | Unset = UNSET
        if isinstance(_total_discount_in_cents, list):
            total_discount_in_cents = []
            try:
                for total_discount_in_cents_item_data in _total_discount_in_cents:
                    _total_discount_in_cents_item = total_discount_in_cents_item_data
                    if type(_total_discount_in_cents_item) is str:
                        total_discount_in_cents_item = SumAggregation._by__value.get(
                            _total_discount_in_cents_item
                        ) or SumAggregation(_total_discount_in_cents_item)
                    elif isinstance(_total_discount_in_cents_item, str):
                        total_discount_in_cents_item = SumAggregation(_total_discount_in_cents_item)
                    else:
                        raise FieldError("string (SumAggregation)", _total_discount_in_cents_item)

                    total_discount_in_cents.append(total_discount_in_cents_item)
            except FieldError as field__error:
                field__error.segments.append(len(total_discount_in_cents))
                field__error.segments.append("total_discount_in_cents")
                raise
        elif _total_discount_in_cents is not UNSET:
            raise FieldError("array", _total_discount_in_cents, "total_discount_in_cents")

        if total_discount_in_cents is UNSET:
            n__absent += 1

        if cls is _plain__class:
            report_coupon_stats_request = _new__object(cls)
            report_coupon_stats_request.active_coupons = active_coupons
            report_coupon_stats_request.archived_coupons = archived_coupons
            report_coupon_stats_request.expired_coupons = expired_coupons
            report_coupon_stats_request.inactive_coupons = inactive_coupons
            report_coupon_stats_request.redemption_count = redemption_count
            report_coupon_stats_request.tags = tags
            report_coupon_stats_request.total = total
            report_coupon_stats_request.total_discount_in_cents = total_discount_in_cents
        else:
            report_coupon_stats_request = cls(
                active_coupons,
                archived_coupons,
                expired_coupons,
                inactive_coupons,
                redemption_count,
                tags,
                total,
                total_discount_in_cents,
            )
        if len(d) + n__absent != 8:
            for prop_name in d:
                if prop_name not in {
                    "active_coupons",
                    "archived_coupons",
                    "expired_coupons",
                    "inactive_coupons",
                    "redemption_count",
                    "tags",
                    "total",
                    "total_discount_in_cents",
                }:
                    raise FieldError(
                        "no such property (ReportCouponStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return report_coupon_stats_request

    __repr__ = _model__repr


_plain__class: type[ReportCouponStatsRequest] | None = (
    ReportCouponStatsRequest
    if {field.name for field in _attrs_fields(ReportCouponStatsRequest)}
    == {
        "active_coupons",
        "archived_coupons",
        "expired_coupons",
        "inactive_coupons",
        "redemption_count",
        "tags",
        "total",
        "total_discount_in_cents",
    }
    and not hasattr(ReportCouponStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
