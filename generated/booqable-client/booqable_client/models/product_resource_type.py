from enum import StrEnum


class ProductResourceType(StrEnum):
    PRODUCTS = "products"

    def __str__(self) -> str:
        return str(self.value)
