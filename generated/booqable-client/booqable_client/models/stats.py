from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_values import StatValues

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, JsonObject, StatCounts, StatSums, StatValues  # noqa: PLW0603
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.stat_counts import StatCounts  # noqa: PLC0415
    from ..models.stat_sums import StatSums  # noqa: PLC0415
    from ..models.stat_values import StatValues  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="Stats")


@_attrs_define
class Stats:
    """Aggregations computed over every matching record, by field; `total.count` is the size of the whole (unpaginated)
    list.

        Attributes:
            total (StatValues | Unset): Results of the aggregations asked for one field.
    """

    total: StatValues | Unset = UNSET
    additional_properties: dict[str, StatValues] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (Stats)", src_dict)
        d = dict(src_dict)
        _total = d.pop("total", UNSET)
        total: StatValues | Unset = UNSET
        if _total is not UNSET:
            try:
                total = StatValues.from_dict(_total)
            except FieldError as field__error:
                field__error.segments.append("total")
                raise

        stats = cls(
            total=total,
        )

        additional_properties = {}
        try:
            for prop_name, prop_dict in d.items():
                additional_property = StatValues.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
        except FieldError as field__error:
            field__error.segments.append(prop_name)
            raise

        stats.additional_properties = additional_properties
        return stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> StatValues:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: StatValues) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
