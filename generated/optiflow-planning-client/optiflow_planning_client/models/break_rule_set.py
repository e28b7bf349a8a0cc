from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.break_rule_group import BreakRuleGroup

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, BreakRuleGroup  # noqa: PLW0603
    from ..models.break_rule_group import BreakRuleGroup  # noqa: PLC0415

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
        name = self.name

        break_rule_groups = []
        for break_rule_groups_item_data in self.break_rule_groups:
            break_rule_groups_item = break_rule_groups_item_data.to_dict()
            break_rule_groups.append(break_rule_groups_item)

        business_id = self.business_id

        etag = self.etag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "break_rule_groups": break_rule_groups,
            }
        )
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if etag is not UNSET:
            field_dict["etag"] = etag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BreakRuleSet)", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str):
            raise FieldError("string", name, "name")

        _break_rule_groups = d.pop("break_rule_groups", UNSET)
        if isinstance(_break_rule_groups, list):
            break_rule_groups = []
            try:
                for break_rule_groups_item_data in _break_rule_groups:
                    break_rule_groups_item = BreakRuleGroup.from_dict(break_rule_groups_item_data)

                    break_rule_groups.append(break_rule_groups_item)
            except FieldError as field__error:
                field__error.segments.append(len(break_rule_groups))
                field__error.segments.append("break_rule_groups")
                raise
        else:
            raise FieldError("array", _break_rule_groups, "break_rule_groups")

        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        etag = d.pop("etag", UNSET)
        if not isinstance(etag, str) and etag is not UNSET:
            raise FieldError("string", etag, "etag")

        break_rule_set = cls(
            name=name,
            break_rule_groups=break_rule_groups,
            business_id=business_id,
            etag=etag,
        )

        break_rule_set.additional_properties = d
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
