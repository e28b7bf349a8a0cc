from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_counts import StatCounts

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, StatCounts  # noqa: PLW0603
    from ..models.stat_counts import StatCounts  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="StatValues")


@_attrs_define
class StatValues:
    """Results of the aggregations asked for one field.

    Attributes:
        count (int | StatCounts | Unset): A plain count (for `total`), or a count per value (for enum-like fields).
        sum_ (float | Unset):
        average (float | Unset):
        maximum (float | Unset):
        minimum (float | Unset):
    """

    count: int | StatCounts | Unset = UNSET
    sum_: float | Unset = UNSET
    average: float | Unset = UNSET
    maximum: float | Unset = UNSET
    minimum: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        count: dict[str, Any] | int | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        elif isinstance(self.count, StatCounts):
            count = self.count.to_dict()
        else:
            count = self.count

        sum_ = self.sum_

        average = self.average

        maximum = self.maximum

        minimum = self.minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if sum_ is not UNSET:
            field_dict["sum"] = sum_
        if average is not UNSET:
            field_dict["average"] = average
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if minimum is not UNSET:
            field_dict["minimum"] = minimum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (StatValues)", src_dict)
        d = dict(src_dict)

        def _parse_count(data: object) -> int | StatCounts | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[int | StatCounts | Unset] = Choice()
            with choice:
                if isinstance(data, int) and data is not True and data is not False:
                    return data
                if isinstance(data, dict):
                    try:
                        count_type_1 = StatCounts.from_dict(data)

                        if choice.take(count_type_1):
                            return count_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of integer, object (StatCounts)", data)

        try:
            count = _parse_count(d.pop("count", UNSET))
        except FieldError as field__error:
            field__error.segments.append("count")
            raise

        sum_ = d.pop("sum", UNSET)
        if (
            not (isinstance(sum_, float) or (isinstance(sum_, int) and sum_ is not True and sum_ is not False))
            and sum_ is not UNSET
        ):
            raise FieldError("number", sum_, "sum")

        average = d.pop("average", UNSET)
        if (
            not (
                isinstance(average, float)
                or (isinstance(average, int) and average is not True and average is not False)
            )
            and average is not UNSET
        ):
            raise FieldError("number", average, "average")

        maximum = d.pop("maximum", UNSET)
        if (
            not (
                isinstance(maximum, float)
                or (isinstance(maximum, int) and maximum is not True and maximum is not False)
            )
            and maximum is not UNSET
        ):
            raise FieldError("number", maximum, "maximum")

        minimum = d.pop("minimum", UNSET)
        if (
            not (
                isinstance(minimum, float)
                or (isinstance(minimum, int) and minimum is not True and minimum is not False)
            )
            and minimum is not UNSET
        ):
            raise FieldError("number", minimum, "minimum")

        stat_values = cls(
            count=count,
            sum_=sum_,
            average=average,
            maximum=maximum,
            minimum=minimum,
        )

        stat_values.additional_properties = d
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
