from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..lib._fields import FieldError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanProfile")


@_attrs_define
class PlanProfile:
    """A named combination of settings sets (depots, charging locations, break rules) to plan with.

    Attributes:
        name (str): Name of the plan profile. Example: Default Profile.
        business_id (str | Unset): Identifier of the plan profile (the `id` of the path). Example: default-profile.
        depot_set_business_id (str | Unset): Identifier of the depot set this profile uses. Example: belgian-depots.
        charging_location_set_business_id (str | Unset): Identifier of the charging location set this profile uses.
            Example: flanders-charging-locations.
        break_rule_set_business_id (str | Unset): Identifier of the break rule set this profile uses. Example: eu-break-
            rules.
    """

    name: str
    business_id: str | Unset = UNSET
    depot_set_business_id: str | Unset = UNSET
    charging_location_set_business_id: str | Unset = UNSET
    break_rule_set_business_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        business_id = self.business_id

        depot_set_business_id = self.depot_set_business_id

        charging_location_set_business_id = self.charging_location_set_business_id

        break_rule_set_business_id = self.break_rule_set_business_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        if depot_set_business_id is not UNSET:
            field_dict["depot_set_business_id"] = depot_set_business_id
        if charging_location_set_business_id is not UNSET:
            field_dict["charging_location_set_business_id"] = charging_location_set_business_id
        if break_rule_set_business_id is not UNSET:
            field_dict["break_rule_set_business_id"] = break_rule_set_business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (PlanProfile)", src_dict)
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if not isinstance(name, str):
            raise FieldError("string", name, "name")

        business_id = d.pop("business_id", UNSET)
        if not isinstance(business_id, str) and business_id is not UNSET:
            raise FieldError("string", business_id, "business_id")

        depot_set_business_id = d.pop("depot_set_business_id", UNSET)
        if not isinstance(depot_set_business_id, str) and depot_set_business_id is not UNSET:
            raise FieldError("string", depot_set_business_id, "depot_set_business_id")

        charging_location_set_business_id = d.pop("charging_location_set_business_id", UNSET)
        if not isinstance(charging_location_set_business_id, str) and charging_location_set_business_id is not UNSET:
            raise FieldError("string", charging_location_set_business_id, "charging_location_set_business_id")

        break_rule_set_business_id = d.pop("break_rule_set_business_id", UNSET)
        if not isinstance(break_rule_set_business_id, str) and break_rule_set_business_id is not UNSET:
            raise FieldError("string", break_rule_set_business_id, "break_rule_set_business_id")

        plan_profile = cls(
            name=name,
            business_id=business_id,
            depot_set_business_id=depot_set_business_id,
            charging_location_set_business_id=charging_location_set_business_id,
            break_rule_set_business_id=break_rule_set_business_id,
        )

        plan_profile.additional_properties = d
        return plan_profile

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
