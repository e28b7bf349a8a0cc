from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.break_rule_group import BreakRuleGroup


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
        from ..models.break_rule_group import BreakRuleGroup  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        break_rule_groups = []
        _break_rule_groups = d.pop("break_rule_groups")
        for break_rule_groups_item_data in _break_rule_groups:
            break_rule_groups_item = BreakRuleGroup.from_dict(break_rule_groups_item_data)

            break_rule_groups.append(break_rule_groups_item)

        business_id = d.pop("business_id", UNSET)

        etag = d.pop("etag", UNSET)

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
