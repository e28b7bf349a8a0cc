from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class LineType(StrEnum):
    CHARGE = "charge"
    DELIVERY_RATE = "delivery_rate"
    DEPOSIT_CHARGE = "deposit_charge"
    LEGACY_MIGRATION = "legacy_migration"
    PRORATION = "proration"
    SECTION = "section"

    _by__value: ClassVar[dict[str, LineType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> LineType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


LineType._by__value = {member.value: member for member in LineType}
