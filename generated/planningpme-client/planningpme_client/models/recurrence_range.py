from enum import StrEnum


class RecurrenceRange(StrEnum):
    ENDTHE = "EndThe"
    NOENDDATE = "NoEndDate"

    def __str__(self) -> str:
        return str(self.value)
