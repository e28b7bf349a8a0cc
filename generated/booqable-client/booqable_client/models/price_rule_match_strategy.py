from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class PriceRuleMatchStrategy(StrEnum):
    OVERLAP = "overlap"
    SPAN = "span"
    STARTS_WITHIN = "starts_within"
    STOPS_WITHIN = "stops_within"
    WITHIN = "within"

    _by__value: ClassVar[dict[str, PriceRuleMatchStrategy]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> PriceRuleMatchStrategy | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


PriceRuleMatchStrategy._by__value = {member.value: member for member in PriceRuleMatchStrategy}
