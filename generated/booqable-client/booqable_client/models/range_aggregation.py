from enum import StrEnum


class RangeAggregation(StrEnum):
    AVERAGE = "average"
    MAXIMUM = "maximum"
    MINIMUM = "minimum"

    def __str__(self) -> str:
        return str(self.value)
