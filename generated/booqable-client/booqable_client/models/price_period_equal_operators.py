from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.price_period import PricePeriod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricePeriodEqualOperators")


@_attrs_define
class PricePeriodEqualOperators:
    """Operators for filtering on a `PricePeriod` attribute; several operators combine with AND.

    Attributes:
        eq (PricePeriod | Literal["day", "hour", "month", "week"] | Unset): Base period of a simple price.
    """

    eq: PricePeriod | Literal["day", "hour", "month", "week"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = PricePeriod(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PricePeriodEqualOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: PricePeriod | Literal["day", "hour", "month", "week"] | Unset = UNSET
        if type(_eq) is str:
            eq = PricePeriod._by__value.get(_eq) or PricePeriod(_eq)
        elif isinstance(_eq, str):
            eq = PricePeriod(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (PricePeriod)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            price_period_equal_operators = _new__object(cls)
            price_period_equal_operators.eq = eq
        else:
            price_period_equal_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (PricePeriodEqualOperators allows no others)", None, prop_name, found="one"
                    )
        return price_period_equal_operators

    __repr__ = _model__repr


_plain__class: type[PricePeriodEqualOperators] | None = (
    PricePeriodEqualOperators
    if {field.name for field in _attrs_fields(PricePeriodEqualOperators)} == {"eq"}
    and not hasattr(PricePeriodEqualOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
