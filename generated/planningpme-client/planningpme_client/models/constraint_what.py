from enum import StrEnum


class ConstraintWhat(StrEnum):
    LABELALL = "LabelAll"
    LABELBEGIN = "LabelBegin"
    LABELEXACT = "LabelExact"

    def __str__(self) -> str:
        return str(self.value)
