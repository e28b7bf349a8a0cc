from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class LineType(StrEnum):
    CHARGE = "charge"
    DELIVERY_RATE = "delivery_rate"
    DEPOSIT_CHARGE = "deposit_charge"
    LEGACY_MIGRATION = "legacy_migration"
    PRORATION = "proration"
    SECTION = "section"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> LineType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
