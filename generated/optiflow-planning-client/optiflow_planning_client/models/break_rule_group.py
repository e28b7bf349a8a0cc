from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.break_rule import BreakRule

_refs__resolved = False
_from_dict__BreakRule: Callable[[Mapping[str, Any]], BreakRule]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BreakRule  # noqa: PLW0603
    global _from_dict__BreakRule  # noqa: PLW0603
    from ..models.break_rule import BreakRule  # noqa: PLC0415

    _from_dict__BreakRule = BreakRule.from_dict
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["name"] = self.name
        break_rules = []
        for break_rules_item_data in self.break_rules:
            break_rules_item = break_rules_item_data.to_dict()
            break_rules.append(break_rules_item)

        field_dict["break_rules"] = break_rules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BreakRuleGroup)", d)
            d = dict(d)
        name = d.get("name", UNSET)
        if not (type(name) is str) and not isinstance(name, str):
            raise FieldError("string", name, "name")

        _break_rules = d.get("break_rules", UNSET)
        if isinstance(_break_rules, list):
            break_rules = []
            try:
                for break_rules_item_data in _break_rules:
                    break_rules_item = _from_dict__BreakRule(break_rules_item_data)

                    break_rules.append(break_rules_item)
            except FieldError as field__error:
                field__error.segments.append(len(break_rules))
                field__error.segments.append("break_rules")
                raise
        else:
            raise FieldError("array", _break_rules, "break_rules")

        if cls is _plain__class:
            break_rule_group = _new__object(cls)
            break_rule_group.name = name
            break_rule_group.break_rules = break_rules
            break_rule_group.additional_properties = {}
        else:
            break_rule_group = cls(
                name,
                break_rules,
            )
        if len(d) != 2:
            extra__props = {
                prop_name: prop_value for prop_name, prop_value in d.items() if prop_name not in {"name", "break_rules"}
            }
            break_rule_group.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[BreakRuleGroup] | None = (
    BreakRuleGroup
    if {field.name for field in _attrs_fields(BreakRuleGroup)} == {"name", "break_rules", "additional_properties"}
    and not hasattr(BreakRuleGroup, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
