from enum import StrEnum


class ProductGroupResourceType(StrEnum):
    PRODUCT_GROUPS = "product_groups"

    def __str__(self) -> str:
        return str(self.value)
