from enum import StrEnum


class StockItemStatus(StrEnum):
    ARCHIVED = "archived"
    EXPECTED = "expected"
    EXPIRED = "expired"
    IN_DOWNTIME = "in_downtime"
    IN_STOCK = "in_stock"
    OVERDUE = "overdue"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
