from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class PaymentChargeStatus(StrEnum):
    ACTION_REQUIRED = "action_required"
    CANCELED = "canceled"
    CREATED = "created"
    EXPIRED = "expired"
    FAILED = "failed"
    PROCESSING = "processing"
    STARTED = "started"
    SUCCEEDED = "succeeded"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> PaymentChargeStatus | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
