from enum import StrEnum


class TypeHatch(StrEnum):
    BDIAGONAL = "BDIAGONAL"
    CROSS = "CROSS"
    DIAGCROSS = "DIAGCROSS"
    FDIAGONAL = "FDIAGONAL"
    HORIZONTAL = "HORIZONTAL"
    VERTICAL = "VERTICAL"

    def __str__(self) -> str:
        return str(self.value)
