from enum import StrEnum


class RecurrenceMonthly(StrEnum):
    DATE = "Date"
    DAY = "Day"

    def __str__(self) -> str:
        return str(self.value)
