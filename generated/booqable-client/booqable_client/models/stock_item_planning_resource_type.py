from enum import StrEnum


class StockItemPlanningResourceType(StrEnum):
    STOCK_ITEM_PLANNINGS = "stock_item_plannings"

    def __str__(self) -> str:
        return str(self.value)
