from enum import StrEnum


class ConstraintOp(StrEnum):
    AFTER = "After"
    BEFORE = "Before"
    EQUAL = "Equal"
    INF = "Inf"
    INFEQUAL = "InfEqual"
    NOTHING = "Nothing"
    SUP = "Sup"
    SUPEQUAL = "SupEqual"

    def __str__(self) -> str:
        return str(self.value)
