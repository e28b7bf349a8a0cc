from enum import StrEnum


class EffIfType(StrEnum):
    CATEGORY = "Category"
    STATUS = "Status"

    def __str__(self) -> str:
        return str(self.value)
