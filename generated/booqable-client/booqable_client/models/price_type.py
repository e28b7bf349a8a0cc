from enum import StrEnum


class PriceType(StrEnum):
    FIXED = "fixed"
    NONE = "none"
    PRIVATE_STRUCTURE = "private_structure"
    SIMPLE = "simple"
    STRUCTURE = "structure"

    def __str__(self) -> str:
        return str(self.value)
