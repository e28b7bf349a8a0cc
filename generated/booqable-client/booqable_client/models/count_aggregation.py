from enum import StrEnum


class CountAggregation(StrEnum):
    COUNT = "count"

    def __str__(self) -> str:
        return str(self.value)
