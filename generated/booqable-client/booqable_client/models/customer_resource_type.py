from enum import StrEnum


class CustomerResourceType(StrEnum):
    CUSTOMERS = "customers"

    def __str__(self) -> str:
        return str(self.value)
