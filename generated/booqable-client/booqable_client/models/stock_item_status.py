from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class StockItemStatus(StrEnum):
    ARCHIVED = "archived"
    EXPECTED = "expected"
    EXPIRED = "expired"
    IN_DOWNTIME = "in_downtime"
    IN_STOCK = "in_stock"
    OVERDUE = "overdue"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> StockItemStatus | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
