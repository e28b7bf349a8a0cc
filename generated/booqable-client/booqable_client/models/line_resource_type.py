from enum import StrEnum


class LineResourceType(StrEnum):
    LINES = "lines"

    def __str__(self) -> str:
        return str(self.value)
