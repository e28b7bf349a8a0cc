from enum import StrEnum


class OrderResourceType(StrEnum):
    ORDERS = "orders"

    def __str__(self) -> str:
        return str(self.value)
