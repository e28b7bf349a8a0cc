from enum import StrEnum


class PriceTilePeriod(StrEnum):
    DAYS = "days"
    HOURS = "hours"
    MONTHS = "months"
    WEEKS = "weeks"
    YEARS = "years"

    def __str__(self) -> str:
        return str(self.value)
