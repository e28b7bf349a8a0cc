from enum import StrEnum


class StockItemResourceType(StrEnum):
    STOCK_ITEMS = "stock_items"

    def __str__(self) -> str:
        return str(self.value)
