from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentStatusEqualOperators")


@_attrs_define
class PaymentStatusEqualOperators:
    """Operators for filtering on a `PaymentStatus` attribute; several operators combine with AND.

    Attributes:
        eq (PaymentStatus | Literal["overpaid", "paid", "partially_paid", "payment_due", "process_deposit"] | Unset):
            What still has to happen with payments for the order.
    """

    eq: PaymentStatus | Literal["overpaid", "paid", "partially_paid", "payment_due", "process_deposit"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = PaymentStatus(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (PaymentStatusEqualOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: PaymentStatus | Literal["overpaid", "paid", "partially_paid", "payment_due", "process_deposit"] | Unset = (
            UNSET
        )
        if type(_eq) is str:
            eq = PaymentStatus._by__value.get(_eq) or PaymentStatus(_eq)
        elif isinstance(_eq, str):
            eq = PaymentStatus(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (PaymentStatus)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            payment_status_equal_operators = _new__object(cls)
            payment_status_equal_operators.eq = eq
        else:
            payment_status_equal_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (PaymentStatusEqualOperators allows no others)", None, prop_name, found="one"
                    )
        return payment_status_equal_operators

    __repr__ = _model__repr


_plain__class: type[PaymentStatusEqualOperators] | None = (
    PaymentStatusEqualOperators
    if {field.name for field in _attrs_fields(PaymentStatusEqualOperators)} == {"eq"}
    and not hasattr(PaymentStatusEqualOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
