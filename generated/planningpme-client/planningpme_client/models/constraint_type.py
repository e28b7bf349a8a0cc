from enum import StrEnum


class ConstraintType(StrEnum):
    TASK = "Task"
    UNAVAILABILITY = "Unavailability"

    def __str__(self) -> str:
        return str(self.value)
