from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class PriceRuleType(StrEnum):
    EXCLUDE_DATE_RANGE = "exclude_date_range"
    EXCLUDE_WEEK_DAYS = "exclude_week_days"
    PICKUP_DAY = "pickup_day"
    RANGE_OF_DATES = "range_of_dates"
    RANGE_OF_DAYS = "range_of_days"
    RETURN_DAY = "return_day"

    _by__value: ClassVar[dict[str, PriceRuleType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> PriceRuleType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


PriceRuleType._by__value = {member.value: member for member in PriceRuleType}
