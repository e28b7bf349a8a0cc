from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.fulfillment_type import FulfillmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FulfillmentTypeEqualOperators")


@_attrs_define
class FulfillmentTypeEqualOperators:
    """Operators for filtering on a `FulfillmentType` attribute; several operators combine with AND.

    Attributes:
        eq (FulfillmentType | Literal["delivery", "pickup"] | Unset): Whether the customer collects the items or they
            are delivered.
    """

    eq: FulfillmentType | Literal["delivery", "pickup"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = FulfillmentType(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (FulfillmentTypeEqualOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: FulfillmentType | Literal["delivery", "pickup"] | Unset = UNSET
        if type(_eq) is str:
            eq = FulfillmentType._by__value.get(_eq) or FulfillmentType(_eq)
        elif isinstance(_eq, str):
            eq = FulfillmentType(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (FulfillmentType)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            fulfillment_type_equal_operators = _new__object(cls)
            fulfillment_type_equal_operators.eq = eq
        else:
            fulfillment_type_equal_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (FulfillmentTypeEqualOperators allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return fulfillment_type_equal_operators

    __repr__ = _model__repr


_plain__class: type[FulfillmentTypeEqualOperators] | None = (
    FulfillmentTypeEqualOperators
    if {field.name for field in _attrs_fields(FulfillmentTypeEqualOperators)} == {"eq"}
    and not hasattr(FulfillmentTypeEqualOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
