from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

T = TypeVar("T", bound="BreakRule")


@_attrs_define
class BreakRule:
    """One break rule: after at most `max_work_time_between_breaks` of work a break of `break_duration` is due. `type`
    tells the kind of rule; other kinds may carry other fields, which are kept as they come.

        Attributes:
            type_ (str): Kind of break rule. Example: WORK_TIME.
            max_work_time_between_breaks (str): Longest stretch of work between two breaks, as an ISO-8601 duration (0 to 7
                days). Example: PT4H30M.
            break_duration (str): Length of the break, as an ISO-8601 duration (0 to 7 days). Example: PT45M.
    """

    type_: str
    max_work_time_between_breaks: str
    break_duration: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        max_work_time_between_breaks = self.max_work_time_between_breaks

        break_duration = self.break_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "max_work_time_between_breaks": max_work_time_between_breaks,
                "break_duration": break_duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BreakRule)", src_dict)
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, str):
            raise FieldError("string", type_, "type")

        max_work_time_between_breaks = d.pop("max_work_time_between_breaks", UNSET)
        if not isinstance(max_work_time_between_breaks, str):
            raise FieldError("string", max_work_time_between_breaks, "max_work_time_between_breaks")

        break_duration = d.pop("break_duration", UNSET)
        if not isinstance(break_duration, str):
            raise FieldError("string", break_duration, "break_duration")

        break_rule = cls(
            type_=type_,
            max_work_time_between_breaks=max_work_time_between_breaks,
            break_duration=break_duration,
        )

        break_rule.additional_properties = d
        return break_rule

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
