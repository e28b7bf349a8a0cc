from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class InventoryLevelIntervalResourceType(StrEnum):
    INVENTORY_LEVEL_INTERVALS = "inventory_level_intervals"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> InventoryLevelIntervalResourceType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
