from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import FieldError
from ..models.count_aggregation import CountAggregation
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetStatsRequest")


@_attrs_define
class AssetStatsRequest:
    """Aggregations to compute over all matching assets (not just the page): field name to the list of aggregations. Sent
    as `stats[<field>][]=<aggregation>` (or `meta[...]`); the results come back in `meta.stats`.

        Attributes:
            published (list[CountAggregation] | Unset):
            total (list[CountAggregation] | Unset):
            unpublished (list[CountAggregation] | Unset):
    """

    published: list[CountAggregation] | Unset = UNSET
    total: list[CountAggregation] | Unset = UNSET
    unpublished: list[CountAggregation] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        published: list[str] | Unset = UNSET
        if not isinstance(self.published, Unset):
            published = []
            for published_item_data in self.published:
                published_item = published_item_data.value
                published.append(published_item)

        total: list[str] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = []
            for total_item_data in self.total:
                total_item = total_item_data.value
                total.append(total_item)

        unpublished: list[str] | Unset = UNSET
        if not isinstance(self.unpublished, Unset):
            unpublished = []
            for unpublished_item_data in self.unpublished:
                unpublished_item = unpublished_item_data.value
                unpublished.append(unpublished_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if published is not UNSET:
            field_dict["published"] = published
        if total is not UNSET:
            field_dict["total"] = total
        if unpublished is not UNSET:
            field_dict["unpublished"] = unpublished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (AssetStatsRequest)", src_dict)
        d = dict(src_dict)
        _published = d.pop("published", UNSET)
        published: list[CountAggregation] | Unset = UNSET
        if isinstance(_published, list):
            published = []
            try:
                for published_item_data in _published:
                    _published_item = published_item_data
                    if isinstance(_published_item, str):
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

        _unpublished = d.pop("unpublished", UNSET)
        unpublished: list[CountAggregation] | Unset = UNSET
        if isinstance(_unpublished, list):
            unpublished = []
            try:
                for unpublished_item_data in _unpublished:
                    _unpublished_item = unpublished_item_data
                    if isinstance(_unpublished_item, str):
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

        asset_stats_request = cls(
            published=published,
            total=total,
            unpublished=unpublished,
        )

        if d:
            raise FieldError("no such property (AssetStatsRequest allows no others)", None, next(iter(d)), found="one")
        return asset_stats_request
