from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import Choice, FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hash_operators import HashOperators
    from ..models.string_equal_operators import StringEqualOperators

_refs__resolved = False
_from_dict__HashOperators: Callable[[Mapping[str, Any]], HashOperators]
_from_dict__StringEqualOperators: Callable[[Mapping[str, Any]], StringEqualOperators]


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle), and bind
    their `from_dict`s, which the nested properties call."""
    global _refs__resolved, HashOperators, StringEqualOperators  # noqa: PLW0603
    global _from_dict__HashOperators, _from_dict__StringEqualOperators  # noqa: PLW0603
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415

    _from_dict__HashOperators = HashOperators.from_dict
    _from_dict__StringEqualOperators = StringEqualOperators.from_dict
    _refs__resolved = True


T = TypeVar("T", bound="BillingPlanFilter")


def _parse__api_overage_rates(data: object) -> dict[str, Any] | HashOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[dict[str, Any] | HashOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_hash_condition_type_0 = _from_dict__HashOperators(data)

                if choice.take(componentsschemas_hash_condition_type_0):
                    return componentsschemas_hash_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            return data
    return choice.result("one of object (HashOperators), object", data)


def _parse__pricing_strategies(data: object) -> dict[str, Any] | HashOperators | Unset:
    if isinstance(data, Unset):
        return data
    choice: Choice[dict[str, Any] | HashOperators | Unset] = Choice()
    with choice:
        if isinstance(data, dict):
            try:
                componentsschemas_hash_condition_type_0 = _from_dict__HashOperators(data)

                if choice.take(componentsschemas_hash_condition_type_0):
                    return componentsschemas_hash_condition_type_0
            except FieldError as field__error:
                choice.fail(field__error)
        if isinstance(data, dict):
            return data
    return choice.result("one of object (HashOperators), object", data)


@_attrs_define
class BillingPlanFilter:
    """Filters for billing plans: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            api_overage_rates (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            billing_plans (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            extra_charges (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            pricing_strategies (dict[str, Any] | HashOperators | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    api_overage_rates: dict[str, Any] | HashOperators | Unset = UNSET
    billing_plans: str | StringEqualOperators | Unset = UNSET
    extra_charges: str | StringEqualOperators | Unset = UNSET
    pricing_strategies: dict[str, Any] | HashOperators | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        field_dict: dict[str, Any] = {}

        api_overage_rates: dict[str, Any] | Unset
        if isinstance(self.api_overage_rates, Unset):
            api_overage_rates = UNSET
        elif isinstance(self.api_overage_rates, HashOperators):
            api_overage_rates = self.api_overage_rates.to_dict()
        else:
            api_overage_rates = self.api_overage_rates
        if api_overage_rates is not UNSET:
            field_dict["api_overage_rates"] = api_overage_rates
        billing_plans: dict[str, Any] | str | Unset
        if isinstance(self.billing_plans, Unset):
            billing_plans = UNSET
        elif isinstance(self.billing_plans, StringEqualOperators):
            billing_plans = self.billing_plans.to_dict()
        else:
            billing_plans = self.billing_plans
        if billing_plans is not UNSET:
            field_dict["billing_plans"] = billing_plans
        extra_charges: dict[str, Any] | str | Unset
        if isinstance(self.extra_charges, Unset):
            extra_charges = UNSET
        elif isinstance(self.extra_charges, StringEqualOperators):
            extra_charges = self.extra_charges.to_dict()
        else:
            extra_charges = self.extra_charges
        if extra_charges is not UNSET:
            field_dict["extra_charges"] = extra_charges
        pricing_strategies: dict[str, Any] | Unset
        if isinstance(self.pricing_strategies, Unset):
            pricing_strategies = UNSET
        elif isinstance(self.pricing_strategies, HashOperators):
            pricing_strategies = self.pricing_strategies.to_dict()
        else:
            pricing_strategies = self.pricing_strategies
        if pricing_strategies is not UNSET:
            field_dict["pricing_strategies"] = pricing_strategies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BillingPlanFilter)", d)
            d = dict(d)
        n__absent = 0
        try:
            api_overage_rates = _parse__api_overage_rates(d.get("api_overage_rates", UNSET))
        except FieldError as field__error:
            field__error.segments.append("api_overage_rates")
            raise

        if api_overage_rates is UNSET:
            n__absent += 1

        _billing_plans = d.get("billing_plans", UNSET)
        billing_plans: str | StringEqualOperators | Unset
        if _billing_plans is UNSET:
            billing_plans = _billing_plans
        elif isinstance(_billing_plans, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_billing_plans)
            except FieldError as field__error:
                field__error.segments.append("billing_plans")
                raise

            billing_plans = componentsschemas_string_equal_condition_type_0
        elif isinstance(_billing_plans, str):
            billing_plans = _billing_plans
        else:
            raise FieldError("one of object (StringEqualOperators), string", _billing_plans, "billing_plans")

        if billing_plans is UNSET:
            n__absent += 1

        _extra_charges = d.get("extra_charges", UNSET)
        extra_charges: str | StringEqualOperators | Unset
        if _extra_charges is UNSET:
            extra_charges = _extra_charges
        elif isinstance(_extra_charges, dict):
            try:
                componentsschemas_string_equal_condition_type_0 = _from_dict__StringEqualOperators(_extra_charges)
            except FieldError as field__error:
                field__error.segments.append("extra_charges")
                raise

            extra_charges = componentsschemas_string_equal_condition_type_0
        elif isinstance(_extra_charges, str):
            extra_charges = _extra_charges
        else:
            raise FieldError("one of object (StringEqualOperators), string", _extra_charges, "extra_charges")

        if extra_charges is UNSET:
            n__absent += 1

        try:
            pricing_strategies = _parse__pricing_strategies(d.get("pricing_strategies", UNSET))
        except FieldError as field__error:
            field__error.segments.append("pricing_strategies")
            raise

        if pricing_strategies is UNSET:
            n__absent += 1

        if cls is _plain__class:
            billing_plan_filter = _new__object(cls)
            billing_plan_filter.api_overage_rates = api_overage_rates
            billing_plan_filter.billing_plans = billing_plans
            billing_plan_filter.extra_charges = extra_charges
            billing_plan_filter.pricing_strategies = pricing_strategies
        else:
            billing_plan_filter = cls(
                api_overage_rates,
                billing_plans,
                extra_charges,
                pricing_strategies,
            )
        if len(d) + n__absent != 4:
            for prop_name in d:
                if prop_name not in {"api_overage_rates", "billing_plans", "extra_charges", "pricing_strategies"}:
                    raise FieldError(
                        "no such property (BillingPlanFilter allows no others)", None, prop_name, found="one"
                    )
        return billing_plan_filter

    __repr__ = _model__repr


_plain__class: type[BillingPlanFilter] | None = (
    BillingPlanFilter
    if {field.name for field in _attrs_fields(BillingPlanFilter)}
    == {"api_overage_rates", "billing_plans", "extra_charges", "pricing_strategies"}
    and not hasattr(BillingPlanFilter, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
