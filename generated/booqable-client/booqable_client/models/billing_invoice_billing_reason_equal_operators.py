from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import fields as _attrs_fields

from ..lib._fields import FieldError
from ..lib._fields import model_repr as _model__repr
from ..lib._fields import new_object as _new__object
from ..models.billing_invoice_billing_reason import BillingInvoiceBillingReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingInvoiceBillingReasonEqualOperators")


@_attrs_define
class BillingInvoiceBillingReasonEqualOperators:
    """Operators for filtering on a `BillingInvoiceBillingReason` attribute; several operators combine with AND.

    Attributes:
        eq (BillingInvoiceBillingReason | Literal["manual", "processing_fee", "refund", "subscription",
            "subscription_create", "subscription_cycle", "subscription_update", "uncollectible"] | Unset): Values of
            `billing_reason` on billing invoices.
    """

    eq: (
        BillingInvoiceBillingReason
        | Literal[
            "manual",
            "processing_fee",
            "refund",
            "subscription",
            "subscription_create",
            "subscription_cycle",
            "subscription_update",
            "uncollectible",
        ]
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        eq: str | Unset = UNSET
        if not isinstance(self.eq, Unset):
            eq = BillingInvoiceBillingReason(self.eq).value

        if eq is not UNSET:
            field_dict["eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise FieldError("object (BillingInvoiceBillingReasonEqualOperators)", d)
            d = dict(d)
        n__absent = 0
        _eq = d.get("eq", UNSET)
        eq: (
            BillingInvoiceBillingReason
            | Literal[
                "manual",
                "processing_fee",
                "refund",
                "subscription",
                "subscription_create",
                "subscription_cycle",
                "subscription_update",
                "uncollectible",
            ]
            | Unset
        ) = UNSET
        if type(_eq) is str:
            eq = BillingInvoiceBillingReason._by__value.get(_eq) or BillingInvoiceBillingReason(_eq)
        elif isinstance(_eq, str):
            eq = BillingInvoiceBillingReason(_eq)
        elif _eq is not UNSET:
            raise FieldError("string (BillingInvoiceBillingReason)", _eq, "eq")

        if eq is UNSET:
            n__absent += 1

        if cls is _plain__class:
            billing_invoice_billing_reason_equal_operators = _new__object(cls)
            billing_invoice_billing_reason_equal_operators.eq = eq
        else:
            billing_invoice_billing_reason_equal_operators = cls(
                eq,
            )
        if len(d) + n__absent != 1:
            for prop_name in d:
                if prop_name not in {"eq"}:
                    raise FieldError(
                        "no such property (BillingInvoiceBillingReasonEqualOperators allows no others)",
                        None,
                        prop_name,
                        found="one",
                    )
        return billing_invoice_billing_reason_equal_operators

    __repr__ = _model__repr


_plain__class: type[BillingInvoiceBillingReasonEqualOperators] | None = (
    BillingInvoiceBillingReasonEqualOperators
    if {field.name for field in _attrs_fields(BillingInvoiceBillingReasonEqualOperators)} == {"eq"}
    and not hasattr(BillingInvoiceBillingReasonEqualOperators, "__attrs_post_init__")
    else None
)
"""The class itself while its attrs fields are exactly the ones from_dict sets: from_dict then fills a new
instance's slots directly (about a third of the constructor's cost). A subclass, or a field added to the
class by other means, goes through the constructor."""
