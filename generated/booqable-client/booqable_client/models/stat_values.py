from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_counts import StatCounts
    from ..models.stat_sums import StatSums

_refs__resolved = False
_from_dict__StatCounts: Callable[[Mapping[str, Any]], StatCounts]
_from_dict__StatSums: Callable[[Mapping[str, Any]], StatSums]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, StatCounts, StatSums  # noqa: PLW0603
    global _from_dict__StatCounts, _from_dict__StatSums  # noqa: PLW0603
    from ..models.stat_counts import StatCounts  # noqa: PLC0415
    from ..models.stat_sums import StatSums  # noqa: PLC0415

    _from_dict__StatCounts = StatCounts.from_dict
    _from_dict__StatSums = StatSums.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="StatValues")


def _parse__count(data: object) -> dict[str, Any] | int | list[dict[str, Any]] | StatCounts | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[dict[str, Any] | int | list[dict[str, Any]] | StatCounts | Unset] = Choice()
    with choice:
        if isinstance(data, int) and data is not True and data is not False:
            return data
        if isinstance(data, dict):
            try:
                count_type_1 = _from_dict__StatCounts(data)

                if choice.take(count_type_1):
                    return count_type_1
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, list):
            try:
                _count_type_2 = data
                if isinstance(_count_type_2, list):
                    for count_type_2_item in _count_type_2:
                        if not (type(count_type_2_item) is dict) and not isinstance(count_type_2_item, dict):
                            raise FieldError("object", count_type_2_item, _position(_count_type_2, count_type_2_item))
                    count_type_2 = _count_type_2
                else:
                    raise FieldError("array", _count_type_2)

                if choice.take(count_type_2):
                    return count_type_2
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            return data
    return choice.result("one of integer, object (StatCounts), array, object", data)


@_attrs_define
class StatValues:
    """Results of the aggregations asked for one field.

    Attributes:
        count (dict[str, Any] | int | list[dict[str, Any]] | StatCounts | Unset): A plain count (for `total`), a count
            per value (for enum-like fields), rows of figures (the report resources), or the figures of a comparison period
            (the company report's `previous_period`).
        sum_ (float | StatSums | Unset): A sum, or a sum per value (inventory breakdowns).
        average (float | Unset):
        maximum (float | Unset):
        minimum (float | Unset):
    """

    count: dict[str, Any] | int | list[dict[str, Any]] | StatCounts | Unset = UNSET
    sum_: float | StatSums | Unset = UNSET
    average: float | Unset = UNSET
    maximum: float | Unset = UNSET
    minimum: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        count: dict[str, Any] | int | list[dict[str, Any]] | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        elif isinstance(self.count, StatCounts):
            count = self.count.to_dict()
        elif isinstance(self.count, list):
            count = self.count

        else:
            count = self.count
        if count is not UNSET:
            field_dict["count"] = count
        sum_: dict[str, Any] | float | Unset
        if isinstance(self.sum_, Unset):
            sum_ = UNSET
        elif isinstance(self.sum_, StatSums):
            sum_ = self.sum_.to_dict()
        else:
            sum_ = self.sum_
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        average = self.average
        if average is not UNSET:
            field_dict["average"] = average
        maximum = self.maximum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        minimum = self.minimum
        if minimum is not UNSET:
            field_dict["minimum"] = minimum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (StatValues)", d)
            d = dict(d)
        n__absent = 0
        try:
            count = _parse__count(d.get("count", UNSET))
        except FieldError as field__error:
            field__error.segments.append("count")
            raise

        if count is UNSET:
            n__absent += 1

        _sum_ = d.get("sum", UNSET)
        sum_: float | StatSums | Unset
        if _sum_ is UNSET:
            sum_ = _sum_
        elif isinstance(_sum_, dict):
            try:
                sum_type_1 = _from_dict__StatSums(_sum_)
            except FieldError as field__error:
                field__error.segments.append("sum")
                raise

            sum_ = sum_type_1
        elif isinstance(_sum_, float) or (isinstance(_sum_, int) and _sum_ is not True and _sum_ is not False):
            sum_ = _sum_
        else:
            raise FieldError("one of number, object (StatSums)", _sum_, "sum")

        if sum_ is UNSET:
            n__absent += 1

        average = d.get("average", UNSET)
        if not (type(average) is float or type(average) is int):
            if average is UNSET:
                n__absent += 1
            elif not (
                isinstance(average, float)
                or (isinstance(average, int) and average is not True and average is not False)
            ):
                raise FieldError("number", average, "average")

        maximum = d.get("maximum", UNSET)
        if not (type(maximum) is float or type(maximum) is int):
            if maximum is UNSET:
                n__absent += 1
            elif not (
                isinstance(maximum, float)
                or (isinstance(maximum, int) and maximum is not True and maximum is not False)
            ):
                raise FieldError("number", maximum, "maximum")

        minimum = d.get("minimum", UNSET)
        if not (type(minimum) is float or type(minimum) is int):
            if minimum is UNSET:
                n__absent += 1
            elif not (
                isinstance(minimum, float)
                or (isinstance(minimum, int) and minimum is not True and minimum is not False)
            ):
                raise FieldError("number", minimum, "minimum")

        if cls is _plain__class:
            stat_values = _new__object(cls)
            stat_values.count = count
            stat_values.sum_ = sum_
            stat_values.average = average
            stat_values.maximum = maximum
            stat_values.minimum = minimum
            stat_values.additional_properties = {}
        else:
            stat_values = cls(
                count,
                sum_,
                average,
                maximum,
                minimum,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"count", "sum", "average", "maximum", "minimum"}
            }
            stat_values.additional_properties = extra__props
        return stat_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    __repr__ = _model__repr


_plain__class: type[StatValues] | None = (
    StatValues
    if {field.name for field in _attrs_fields(StatValues)}
    == {"count", "sum_", "average", "maximum", "minimum", "additional_properties"}
    and not hasattr(StatValues, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
