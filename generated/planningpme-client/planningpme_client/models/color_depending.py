from enum import StrEnum


class ColorDepending(StrEnum):
    CATEGORY = "Category"
    CUSTOMER = "Customer"
    LABEL = "Label"
    PROJECT = "Project"
    TIME = "Time"

    def __str__(self) -> str:
        return str(self.value)
