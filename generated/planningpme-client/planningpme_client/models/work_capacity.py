from enum import StrEnum


class WorkCapacity(StrEnum):
    HOURS = "Hours"
    SLOTS = "Slots"

    def __str__(self) -> str:
        return str(self.value)
