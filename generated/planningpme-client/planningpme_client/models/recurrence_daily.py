from enum import StrEnum


class RecurrenceDaily(StrEnum):
    ALLTHE = "AllThe"
    ALLWORKINGDAYS = "AllWorkingDays"

    def __str__(self) -> str:
        return str(self.value)
