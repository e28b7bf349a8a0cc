from enum import StrEnum


class CustomerType(StrEnum):
    COMPANY = "Company"
    INDIVIDUAL = "Individual"

    def __str__(self) -> str:
        return str(self.value)
