from enum import StrEnum


class BillingType(StrEnum):
    PACKAGE = "Package"
    UNIT = "Unit"

    def __str__(self) -> str:
        return str(self.value)
