from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stat_counts import StatCounts


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
        from ..models.stat_counts import StatCounts  # noqa: PLC0415

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
        from ..models.stat_counts import StatCounts  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_count(data: object) -> int | StatCounts | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                count_type_1 = StatCounts.from_dict(data)

                return count_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | StatCounts | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        sum_ = d.pop("sum", UNSET)

        average = d.pop("average", UNSET)

        maximum = d.pop("maximum", UNSET)

        minimum = d.pop("minimum", UNSET)

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
