from enum import StrEnum


class EffIfOp(StrEnum):
    BECOMESIN = "BecomesIn"
    ISIN = "IsIn"

    def __str__(self) -> str:
        return str(self.value)
