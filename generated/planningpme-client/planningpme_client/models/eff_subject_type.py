from enum import StrEnum


class EffSubjectType(StrEnum):
    ASSIGNMENT = "Assignment"
    TASK = "Task"
    UNAVAILABILITY = "Unavailability"

    def __str__(self) -> str:
        return str(self.value)
