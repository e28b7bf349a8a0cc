from enum import StrEnum


class ProductType(StrEnum):
    RENTAL = "rental"
    SALES_ITEM = "sales_item"
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
