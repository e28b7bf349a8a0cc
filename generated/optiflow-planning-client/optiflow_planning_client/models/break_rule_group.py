from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.break_rule import BreakRule

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BreakRule  # noqa: PLW0603
    from ..models.break_rule import BreakRule  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="BreakRuleGroup")


@_attrs_define
class BreakRuleGroup:
    """Break rules that apply together, e.g. to one kind of vehicle.

    Attributes:
        name (str): Name of the group. Example: Heavy trucks.
        break_rules (list[BreakRule]): The rules of the group.
    """

    name: str
    break_rules: list[BreakRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        name = self.name

        break_rules = []
        for break_rules_item_data in self.break_rules:
            break_rules_item = break_rules_item_data.to_dict()
            break_rules.append(break_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "break_rules": break_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BreakRuleGroup)", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str):
            raise FieldError("string", name, "name")

        _break_rules = d.pop("break_rules", UNSET)
        if isinstance(_break_rules, list):
            break_rules = []
            try:
                for break_rules_item_data in _break_rules:
                    break_rules_item = BreakRule.from_dict(break_rules_item_data)

                    break_rules.append(break_rules_item)
            except FieldError as field__error:
                field__error.segments.append(len(break_rules))
                field__error.segments.append("break_rules")
                raise
        else:
            raise FieldError("array", _break_rules, "break_rules")

        break_rule_group = cls(
            name=name,
            break_rules=break_rules,
        )

        break_rule_group.additional_properties = d
        return break_rule_group

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
