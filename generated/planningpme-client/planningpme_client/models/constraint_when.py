from enum import StrEnum


class ConstraintWhen(StrEnum):
    DAY = "Day"
    MONTH = "Month"
    NOTHING = "Nothing"
    WEEK = "Week"
    YEAR = "Year"

    def __str__(self) -> str:
        return str(self.value)
