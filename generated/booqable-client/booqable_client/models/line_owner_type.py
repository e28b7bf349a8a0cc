from enum import StrEnum


class LineOwnerType(StrEnum):
    DOCUMENTS = "documents"
    ORDERS = "orders"

    def __str__(self) -> str:
        return str(self.value)
