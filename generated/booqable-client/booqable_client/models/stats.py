from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_counts import StatCounts
    from ..models.stat_sums import StatSums
    from ..models.stat_values import StatValues

_refs__resolved = False
_from_dict__StatCounts: Callable[[Mapping[str, Any]], StatCounts]
_from_dict__StatSums: Callable[[Mapping[str, Any]], StatSums]
_from_dict__StatValues: Callable[[Mapping[str, Any]], StatValues]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, StatCounts, StatSums, StatValues  # noqa: PLW0603
    global _from_dict__StatCounts, _from_dict__StatSums, _from_dict__StatValues  # noqa: PLW0603
    from ..models.stat_counts import StatCounts  # noqa: PLC0415
    from ..models.stat_sums import StatSums  # noqa: PLC0415
    from ..models.stat_values import StatValues  # noqa: PLC0415

    _from_dict__StatCounts = StatCounts.from_dict
    _from_dict__StatSums = StatSums.from_dict
    _from_dict__StatValues = StatValues.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            for prop_name, prop in self.additional_properties.items():
                field_dict[prop_name] = prop.to_dict()

        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (Stats)", d)
            d = dict(d)
        n__absent = 0
        _total = d.get("total", UNSET)
        total: StatValues | Unset = UNSET
        if _total is not UNSET:
            try:
                total = _from_dict__StatValues(_total)
            except FieldError as field__error:
                field__error.segments.append("total")
                raise

        if total is UNSET:
            n__absent += 1

        if cls is _plain__class:
            stats = _new__object(cls)
            stats.total = total
            stats.additional_properties = {}
        else:
            stats = cls(
                total,
            )
        if len(d) + n__absent != 1:
            extra__props = {prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"total"}}
            additional_properties = {}
            try:
                for prop_name, prop_dict in extra__props.items():
                    additional_property = _from_dict__StatValues(prop_dict)

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

    __repr__ = _model__repr


_plain__class: type[Stats] | None = (
    Stats
    if {field.name for field in _attrs_fields(Stats)} == {"total", "additional_properties"}
    and not hasattr(Stats, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
