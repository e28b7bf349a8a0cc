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
    from ..models.break_rule_group import BreakRuleGroup

_refs__resolved = False
_from_dict__BreakRuleGroup: Callable[[Mapping[str, Any]], BreakRuleGroup]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, BreakRuleGroup  # noqa: PLW0603
    global _from_dict__BreakRuleGroup  # noqa: PLW0603
    from ..models.break_rule_group import BreakRuleGroup  # noqa: PLC0415

    _from_dict__BreakRuleGroup = BreakRuleGroup.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="BreakRuleSet")


@_attrs_define
class BreakRuleSet:
    """A named collection of break rule groups.

    Attributes:
        name (str): Name of the set. Example: Legal breaks for Belgium.
        break_rule_groups (list[BreakRuleGroup]): The groups of break rules in the set.
        business_id (str | Unset): Identifier of the set (the `id` of the path). Example: eu-break-rules.
        etag (str | Unset): Version of the set, the same value as the `ETag` header. Example: W/"25".
    """

    name: str
    break_rule_groups: list[BreakRuleGroup]
    business_id: str | Unset = UNSET
    etag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["name"] = self.name
        break_rule_groups = []
        for break_rule_groups_item_data in self.break_rule_groups:
            break_rule_groups_item = break_rule_groups_item_data.to_dict()
            break_rule_groups.append(break_rule_groups_item)

        field_dict["break_rule_groups"] = break_rule_groups
        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        etag = self.etag
        if etag is not UNSET:
            field_dict["etag"] = etag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BreakRuleSet)", d)
            d = dict(d)
        n__absent = 0
        name = d.get("name", UNSET)
        if not (type(name) is str) and not isinstance(name, str):
            raise FieldError("string", name, "name")

        _break_rule_groups = d.get("break_rule_groups", UNSET)
        if isinstance(_break_rule_groups, list):
            break_rule_groups = []
            try:
                for break_rule_groups_item_data in _break_rule_groups:
                    break_rule_groups_item = _from_dict__BreakRuleGroup(break_rule_groups_item_data)

                    break_rule_groups.append(break_rule_groups_item)
            except FieldError as field__error:
                field__error.segments.append(len(break_rule_groups))
                field__error.segments.append("break_rule_groups")
                raise
        else:
            raise FieldError("array", _break_rule_groups, "break_rule_groups")

        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        etag = d.get("etag", UNSET)
        if not (type(etag) is str):
            if etag is UNSET:
                n__absent += 1
            elif not isinstance(etag, str):
                raise FieldError("string", etag, "etag")

        if cls is _plain__class:
            break_rule_set = _new__object(cls)
            break_rule_set.name = name
            break_rule_set.break_rule_groups = break_rule_groups
            break_rule_set.business_id = business_id
            break_rule_set.etag = etag
            break_rule_set.additional_properties = {}
        else:
            break_rule_set = cls(
                name,
                break_rule_groups,
                business_id,
                etag,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"name", "break_rule_groups", "business_id", "etag"}
            }
            break_rule_set.additional_properties = extra__props
        return break_rule_set

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


_plain__class: type[BreakRuleSet] | None = (
    BreakRuleSet
    if {field.name for field in _attrs_fields(BreakRuleSet)}
    == {"name", "break_rule_groups", "business_id", "etag", "additional_properties"}
    and not hasattr(BreakRuleSet, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
