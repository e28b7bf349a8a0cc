from enum import StrEnum


class EffStepType(StrEnum):
    DELETE = "Delete"
    END = "End"
    INSERT = "Insert"
    START = "Start"
    UNPERIODIZE = "Unperiodize"
    UPDATE = "Update"

    def __str__(self) -> str:
        return str(self.value)
