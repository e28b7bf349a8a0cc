from enum import StrEnum


class DepositType(StrEnum):
    FIXED = "fixed"
    NONE = "none"
    PERCENTAGE = "percentage"
    PERCENTAGE_TOTAL = "percentage_total"

    def __str__(self) -> str:
        return str(self.value)
