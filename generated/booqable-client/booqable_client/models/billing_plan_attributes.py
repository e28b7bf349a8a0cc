from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..lib._fields import position as _position
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingPlanAttributes")


@_attrs_define
class BillingPlanAttributes:
    """Attributes of a billing plan as read from the API. `required` lists the attributes Booqable always sends; a sparse
    fieldset (`fields[...]`) can still leave any attribute out, and the client then reports it as not sent.

        Attributes:
            api_overage_rates (dict[str, Any] | Unset): A free-form JSON object.
            billing_plans (list[dict[str, Any]] | Unset):
            extra_charges (list[dict[str, Any]] | Unset):
            pricing_strategies (dict[str, Any] | Unset): A free-form JSON object.
    """

    api_overage_rates: dict[str, Any] | Unset = UNSET
    billing_plans: list[dict[str, Any]] | Unset = UNSET
    extra_charges: list[dict[str, Any]] | Unset = UNSET
    pricing_strategies: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.additional_properties:
            field_dict.update(self.additional_properties)

        api_overage_rates = self.api_overage_rates
        if api_overage_rates is not UNSET:
            field_dict["api_overage_rates"] = api_overage_rates
        billing_plans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.billing_plans, Unset):
            billing_plans = self.billing_plans

        if billing_plans is not UNSET:
            field_dict["billing_plans"] = billing_plans
        extra_charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_charges, Unset):
            extra_charges = self.extra_charges

        if extra_charges is not UNSET:
            field_dict["extra_charges"] = extra_charges
        pricing_strategies = self.pricing_strategies
        if pricing_strategies is not UNSET:
            field_dict["pricing_strategies"] = pricing_strategies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BillingPlanAttributes)", d)
            d = dict(d)
        n__absent = 0
        api_overage_rates = d.get("api_overage_rates", UNSET)
        if not (type(api_overage_rates) is dict):
            if api_overage_rates is UNSET:
                n__absent += 1
            elif not isinstance(api_overage_rates, dict):
                raise FieldError("object", api_overage_rates, "api_overage_rates")

        _billing_plans = d.get("billing_plans", UNSET)
        billing_plans: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_billing_plans, list):
            for billing_plans_item in _billing_plans:
                if not (type(billing_plans_item) is dict) and not isinstance(billing_plans_item, dict):
                    raise FieldError(
                        "object", billing_plans_item, _position(_billing_plans, billing_plans_item), "billing_plans"
                    )
            billing_plans = _billing_plans
        elif _billing_plans is not UNSET:
            raise FieldError("array", _billing_plans, "billing_plans")

        if billing_plans is UNSET:
            n__absent += 1

        _extra_charges = d.get("extra_charges", UNSET)
        extra_charges: list[dict[str, Any]] | Unset = UNSET
        if isinstance(_extra_charges, list):
            for extra_charges_item in _extra_charges:
                if not (type(extra_charges_item) is dict) and not isinstance(extra_charges_item, dict):
                    raise FieldError(
                        "object", extra_charges_item, _position(_extra_charges, extra_charges_item), "extra_charges"
                    )
            extra_charges = _extra_charges
        elif _extra_charges is not UNSET:
            raise FieldError("array", _extra_charges, "extra_charges")

        if extra_charges is UNSET:
            n__absent += 1

        pricing_strategies = d.get("pricing_strategies", UNSET)
        if not (type(pricing_strategies) is dict):
            if pricing_strategies is UNSET:
                n__absent += 1
            elif not isinstance(pricing_strategies, dict):
                raise FieldError("object", pricing_strategies, "pricing_strategies")

        if cls is _plain__class:
            billing_plan_attributes = _new__object(cls)
            billing_plan_attributes.api_overage_rates = api_overage_rates
            billing_plan_attributes.billing_plans = billing_plans
            billing_plan_attributes.extra_charges = extra_charges
            billing_plan_attributes.pricing_strategies = pricing_strategies
            billing_plan_attributes.additional_properties = {}
        else:
            billing_plan_attributes = cls(
                api_overage_rates,
                billing_plans,
                extra_charges,
                pricing_strategies,
            )
        if len(d) + n__absent != 4:
            extra__props = {
                prop_name: prop_value
                for prop_name, prop_value in d.items()
                if prop_name not in {"api_overage_rates", "billing_plans", "extra_charges", "pricing_strategies"}
            }
            billing_plan_attributes.additional_properties = extra__props
        return billing_plan_attributes

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


_plain__class: type[BillingPlanAttributes] | None = (
    BillingPlanAttributes
    if {field.name for field in _attrs_fields(BillingPlanAttributes)}
    == {"api_overage_rates", "billing_plans", "extra_charges", "pricing_strategies", "additional_properties"}
    and not hasattr(BillingPlanAttributes, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
