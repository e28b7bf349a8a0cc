from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
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
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        field_dict["name"] = self.name
        business_id = self.business_id
        if business_id is not UNSET:
            field_dict["business_id"] = business_id
        depot_set_business_id = self.depot_set_business_id
        if depot_set_business_id is not UNSET:
            field_dict["depot_set_business_id"] = depot_set_business_id
        charging_location_set_business_id = self.charging_location_set_business_id
        if charging_location_set_business_id is not UNSET:
            field_dict["charging_location_set_business_id"] = charging_location_set_business_id
        break_rule_set_business_id = self.break_rule_set_business_id
        if break_rule_set_business_id is not UNSET:
            field_dict["break_rule_set_business_id"] = break_rule_set_business_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PlanProfile)", d)
            d = dict(d)
        n__absent = 0
        name = d.get("name", UNSET)
        if not (type(name) is str) and not isinstance(name, str):
            raise FieldError("string", name, "name")

        business_id = d.get("business_id", UNSET)
        if not (type(business_id) is str):
            if business_id is UNSET:
                n__absent += 1
            elif not isinstance(business_id, str):
                raise FieldError("string", business_id, "business_id")

        depot_set_business_id = d.get("depot_set_business_id", UNSET)
        if not (type(depot_set_business_id) is str):
            if depot_set_business_id is UNSET:
                n__absent += 1
            elif not isinstance(depot_set_business_id, str):
                raise FieldError("string", depot_set_business_id, "depot_set_business_id")

        charging_location_set_business_id = d.get("charging_location_set_business_id", UNSET)
        if not (type(charging_location_set_business_id) is str):
            if charging_location_set_business_id is UNSET:
                n__absent += 1
            elif not isinstance(charging_location_set_business_id, str):
                raise FieldError("string", charging_location_set_business_id, "charging_location_set_business_id")

        break_rule_set_business_id = d.get("break_rule_set_business_id", UNSET)
        if not (type(break_rule_set_business_id) is str):
            if break_rule_set_business_id is UNSET:
                n__absent += 1
            elif not isinstance(break_rule_set_business_id, str):
                raise FieldError("string", break_rule_set_business_id, "break_rule_set_business_id")

        if cls is _plain__class:
            plan_profile = _new__object(cls)
            plan_profile.name = name
            plan_profile.business_id = business_id
            plan_profile.depot_set_business_id = depot_set_business_id
            plan_profile.charging_location_set_business_id = charging_location_set_business_id
            plan_profile.break_rule_set_business_id = break_rule_set_business_id
            plan_profile.additional_properties = {}
        else:
            plan_profile = cls(
                name,
                business_id,
                depot_set_business_id,
                charging_location_set_business_id,
                break_rule_set_business_id,
            )
        if len(d) + n__absent != 5:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name
                not in {
                    "name",
                    "business_id",
                    "depot_set_business_id",
                    "charging_location_set_business_id",
                    "break_rule_set_business_id",
                }
            }
            plan_profile.additional_properties = extra__props
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

    __repr__ = _model__repr


_plain__class: type[PlanProfile] | None = (
    PlanProfile
    if {field.name for field in _attrs_fields(PlanProfile)}
    == {
        "name",
        "business_id",
        "depot_set_business_id",
        "charging_location_set_business_id",
        "break_rule_set_business_id",
        "additional_properties",
    }
    and not hasattr(PlanProfile, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
