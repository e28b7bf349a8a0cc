from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["type"] = self.type_
        field_dict["max_work_time_between_breaks"] = self.max_work_time_between_breaks
        field_dict["break_duration"] = self.break_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BreakRule)", d)
            d = dict(d)
        type_ = d.get("type", UNSET)
        if not (type(type_) is str) and not isinstance(type_, str):
            raise FieldError("string", type_, "type")

        max_work_time_between_breaks = d.get("max_work_time_between_breaks", UNSET)
        if not (type(max_work_time_between_breaks) is str) and not isinstance(max_work_time_between_breaks, str):
            raise FieldError("string", max_work_time_between_breaks, "max_work_time_between_breaks")

        break_duration = d.get("break_duration", UNSET)
        if not (type(break_duration) is str) and not isinstance(break_duration, str):
            raise FieldError("string", break_duration, "break_duration")

        if cls is _plain__class:
            break_rule = _new__object(cls)
            break_rule.type_ = type_
            break_rule.max_work_time_between_breaks = max_work_time_between_breaks
            break_rule.break_duration = break_duration
            break_rule.additional_properties = {}
        else:
            break_rule = cls(
                type_,
                max_work_time_between_breaks,
                break_duration,
            )
        if len(d) != 3:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"type", "max_work_time_between_breaks", "break_duration"}
            }
            break_rule.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[BreakRule] | None = (
    BreakRule
    if {field.name for field in _attrs_fields(BreakRule)}
    == {"type_", "max_work_time_between_breaks", "break_duration", "additional_properties"}
    and not hasattr(BreakRule, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
