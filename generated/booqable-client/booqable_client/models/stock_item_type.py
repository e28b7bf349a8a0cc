from enum import StrEnum


class StockItemType(StrEnum):
    REGULAR = "regular"
    TEMPORARY = "temporary"

    def __str__(self) -> str:
        return str(self.value)
