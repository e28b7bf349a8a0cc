from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..lib._fields import Choice, FieldError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hash_operators import HashOperators
    from ..models.json_object import JsonObject
    from ..models.string_equal_operators import StringEqualOperators

_refs__resolved = False


def _resolve__refs() -> None:
    """Import the models this one refers to, once (lazily: at import time they could form a cycle)."""
    global _refs__resolved, HashOperators, JsonObject, StringEqualOperators  # noqa: PLW0603
    from ..models.hash_operators import HashOperators  # noqa: PLC0415
    from ..models.json_object import JsonObject  # noqa: PLC0415
    from ..models.string_equal_operators import StringEqualOperators  # noqa: PLC0415

    _refs__resolved = True


T = TypeVar("T", bound="BillingPlanFilter")


@_attrs_define
class BillingPlanFilter:
    """Filters for billing plans: attribute name to operators (or to a bare value, meaning `eq`). Sent as
    `filter[<attribute>][<operator>]=<value>`.

        Attributes:
            api_overage_rates (HashOperators | JsonObject | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
            billing_plans (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            extra_charges (str | StringEqualOperators | Unset): A filter on one attribute: either an object of operators, or
                a bare value as shorthand for `eq`.
            pricing_strategies (HashOperators | JsonObject | Unset): A filter on one attribute: either an object of
                operators, or a bare value as shorthand for `eq`.
    """

    api_overage_rates: HashOperators | JsonObject | Unset = UNSET
    billing_plans: str | StringEqualOperators | Unset = UNSET
    extra_charges: str | StringEqualOperators | Unset = UNSET
    pricing_strategies: HashOperators | JsonObject | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _refs__resolved:
            _resolve__refs()
        api_overage_rates: dict[str, Any] | Unset
        if isinstance(self.api_overage_rates, Unset):
            api_overage_rates = UNSET
        elif isinstance(self.api_overage_rates, HashOperators):
            api_overage_rates = self.api_overage_rates.to_dict()
        else:
            api_overage_rates = self.api_overage_rates.to_dict()

        billing_plans: dict[str, Any] | str | Unset
        if isinstance(self.billing_plans, Unset):
            billing_plans = UNSET
        elif isinstance(self.billing_plans, StringEqualOperators):
            billing_plans = self.billing_plans.to_dict()
        else:
            billing_plans = self.billing_plans

        extra_charges: dict[str, Any] | str | Unset
        if isinstance(self.extra_charges, Unset):
            extra_charges = UNSET
        elif isinstance(self.extra_charges, StringEqualOperators):
            extra_charges = self.extra_charges.to_dict()
        else:
            extra_charges = self.extra_charges

        pricing_strategies: dict[str, Any] | Unset
        if isinstance(self.pricing_strategies, Unset):
            pricing_strategies = UNSET
        elif isinstance(self.pricing_strategies, HashOperators):
            pricing_strategies = self.pricing_strategies.to_dict()
        else:
            pricing_strategies = self.pricing_strategies.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if api_overage_rates is not UNSET:
            field_dict["api_overage_rates"] = api_overage_rates
        if billing_plans is not UNSET:
            field_dict["billing_plans"] = billing_plans
        if extra_charges is not UNSET:
            field_dict["extra_charges"] = extra_charges
        if pricing_strategies is not UNSET:
            field_dict["pricing_strategies"] = pricing_strategies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _refs__resolved:
            _resolve__refs()
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise FieldError("object (BillingPlanFilter)", src_dict)
        d = dict(src_dict)

        def _parse_api_overage_rates(data: object) -> HashOperators | JsonObject | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[HashOperators | JsonObject | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_0 = HashOperators.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_0):
                            return componentsschemas_hash_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_1 = JsonObject.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_1):
                            return componentsschemas_hash_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (HashOperators), object (JsonObject)", data)

        try:
            api_overage_rates = _parse_api_overage_rates(d.pop("api_overage_rates", UNSET))
        except FieldError as field__error:
            field__error.segments.append("api_overage_rates")
            raise

        def _parse_billing_plans(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            billing_plans = _parse_billing_plans(d.pop("billing_plans", UNSET))
        except FieldError as field__error:
            field__error.segments.append("billing_plans")
            raise

        def _parse_extra_charges(data: object) -> str | StringEqualOperators | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[str | StringEqualOperators | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_string_equal_condition_type_0 = StringEqualOperators.from_dict(data)

                        if choice.take(componentsschemas_string_equal_condition_type_0):
                            return componentsschemas_string_equal_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, str):
                    return data
            return choice.result("one of object (StringEqualOperators), string", data)

        try:
            extra_charges = _parse_extra_charges(d.pop("extra_charges", UNSET))
        except FieldError as field__error:
            field__error.segments.append("extra_charges")
            raise

        def _parse_pricing_strategies(data: object) -> HashOperators | JsonObject | Unset:
            if isinstance(data, Unset):
                return data
            choice: Choice[HashOperators | JsonObject | Unset] = Choice()
            with choice:
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_0 = HashOperators.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_0):
                            return componentsschemas_hash_condition_type_0
                    except FieldError as field__error:
                        choice.fail(field__error)
                if isinstance(data, dict):
                    try:
                        componentsschemas_hash_condition_type_1 = JsonObject.from_dict(data)

                        if choice.take(componentsschemas_hash_condition_type_1):
                            return componentsschemas_hash_condition_type_1
                    except FieldError as field__error:
                        choice.fail(field__error)
            return choice.result("one of object (HashOperators), object (JsonObject)", data)

        try:
            pricing_strategies = _parse_pricing_strategies(d.pop("pricing_strategies", UNSET))
        except FieldError as field__error:
            field__error.segments.append("pricing_strategies")
            raise

        billing_plan_filter = cls(
            api_overage_rates=api_overage_rates,
            billing_plans=billing_plans,
            extra_charges=extra_charges,
            pricing_strategies=pricing_strategies,
        )

        if d:
            raise FieldError("no such property (BillingPlanFilter allows no others)", None, next(iter(d)), found="one")
        return billing_plan_filter
