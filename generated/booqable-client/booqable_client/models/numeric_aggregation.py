from enum import StrEnum


class NumericAggregation(StrEnum):
    AVERAGE = "average"
    MAXIMUM = "maximum"
    MINIMUM = "minimum"
    SUM = "sum"

    def __str__(self) -> str:
        return str(self.value)
