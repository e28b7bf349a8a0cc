from enum import StrEnum


class DoMode(StrEnum):
    DURATION = "Duration"
    END = "End"
    NONE = "None"

    def __str__(self) -> str:
        return str(self.value)
