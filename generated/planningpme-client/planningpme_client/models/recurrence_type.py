from enum import StrEnum


class RecurrenceType(StrEnum):
    DAILY = "Daily"
    MONTHLY = "Monthly"
    WEEKLY = "Weekly"
    YEARLY = "Yearly"

    def __str__(self) -> str:
        return str(self.value)
