from enum import StrEnum


class TaskType(StrEnum):
    DEFAULT = "Default"
    DURATION = "Duration"
    TIME = "Time"

    def __str__(self) -> str:
        return str(self.value)
