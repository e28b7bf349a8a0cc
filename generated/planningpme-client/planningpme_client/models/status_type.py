from enum import StrEnum


class StatusType(StrEnum):
    TASK = "Task"
    UNAVAILABILITY = "Unavailability"

    def __str__(self) -> str:
        return str(self.value)
