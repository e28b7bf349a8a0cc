from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class BillingInvoiceBillingReason(StrEnum):
    MANUAL = "manual"
    PROCESSING_FEE = "processing_fee"
    REFUND = "refund"
    SUBSCRIPTION = "subscription"
    SUBSCRIPTION_CREATE = "subscription_create"
    SUBSCRIPTION_CYCLE = "subscription_cycle"
    SUBSCRIPTION_UPDATE = "subscription_update"
    UNCOLLECTIBLE = "uncollectible"

    _by__value: ClassVar[dict[str, BillingInvoiceBillingReason]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BillingInvoiceBillingReason | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


BillingInvoiceBillingReason._by__value = {member.value: member for member in BillingInvoiceBillingReason}
