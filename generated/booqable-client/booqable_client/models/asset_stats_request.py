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

T = TypeVar("T", bound="AssetStatsRequest")


@_attrs_define
class AssetStatsRequest:
    """Aggregations to compute over all matching assets (not just the page): field name to the list of aggregations. Sent
    as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            published (list[CountAggregation | Literal["count"]] | Unset):
            total (list[CountAggregation | Literal["count"]] | Unset):
            unpublished (list[CountAggregation | Literal["count"]] | Unset):
    """

    published: list[CountAggregation | Literal["count"]] | Unset = UNSET
    total: list[CountAggregation | Literal["count"]] | Unset = UNSET
    unpublished: list[CountAggregation | Literal["count"]] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        published: list[str] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = []
            for published_item_data in self.published:
                published_item = CountAggregation(published_item_data).value
                published.append(published_item)

        if published is not UNSET:
            field_dict["published"] = published
        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = CountAggregation(total_item_data).value
                total.append(total_item)

        if total is not UNSET:
            field_dict["total"] = total
        unpublished: list[str] | Unset = UNSET
        if not isinstance(self.unpublished, Unset):
            unpublished = []
            for unpublished_item_data in self.unpublished:
                unpublished_item = CountAggregation(unpublished_item_data).value
                unpublished.append(unpublished_item)

        if unpublished is not UNSET:
            field_dict["unpublished"] = unpublished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (AssetStatsRequest)", d)
            d = dict(d)
        n__absent = 0
        _published = d.get("published", UNSET)
        published: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_published, list):
            published = []
            try:
                for published_item_data in _published:
                    _published_item = published_item_data
                    if type(_published_item) is str:
                        published_item = CountAggregation._by__value.get(_published_item) or CountAggregation(
                            _published_item
                        )
                    elif isinstance(_published_item, str):
                        published_item = CountAggregation(_published_item)
                    else:
                        raise FieldError("string (CountAggregation)", _published_item)

                    published.append(published_item)
            except FieldError as field__error:
                field__error.segments.append(len(published))
                field__error.segments.append("published")
                raise
        elif _published is not UNSET:
            raise FieldError("array", _published, "published")

        if published is UNSET:
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

        _unpublished = d.get("unpublished", UNSET)
        unpublished: list[CountAggregation | Literal["count"]] | Unset = UNSET
        if isinstance(_unpublished, list):
            unpublished = []
            try:
                for unpublished_item_data in _unpublished:
                    _unpublished_item = unpublished_item_data
                    if type(_unpublished_item) is str:
                        unpublished_item = CountAggregation._by__value.get(_unpublished_item) or CountAggregation(
                            _unpublished_item
                        )
                    elif isinstance(_unpublished_item, str):
                        unpublished_item = CountAggregation(_unpublished_item)
                    else:
                        raise FieldError("string (CountAggregation)", _unpublished_item)

                    unpublished.append(unpublished_item)
            except FieldError as field__error:
                field__error.segments.append(len(unpublished))
                field__error.segments.append("unpublished")
                raise
        elif _unpublished is not UNSET:
            raise FieldError("array", _unpublished, "unpublished")

        if unpublished is UNSET:
            n__absent += 1

        if cls is _plain__class:
            asset_stats_request = _new__object(cls)
            asset_stats_request.published = published
            asset_stats_request.total = total
            asset_stats_request.unpublished = unpublished
        else:
            asset_stats_request = cls(
                published,
                total,
                unpublished,
            )
        if len(d) + n__absent != 3:
            for prop_name in d:
                if prop_name not in {"published", "total", "unpublished"}:
                    raise FieldError(
                        "no such property (AssetStatsRequest allows no others)", None, prop_name, found="one"
                    )
        return asset_stats_request

    __repr__ = _model__repr


_plain__class: type[AssetStatsRequest] | None = (
    AssetStatsRequest
    if {field.name for field in _attrs_fields(AssetStatsRequest)} == {"published", "total", "unpublished"}
    and not hasattr(AssetStatsRequest, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
