from enum import StrEnum


class ConstraintIf(StrEnum):
    BEGIN = "Begin"
    END = "End"
    NB = "Nb"
    NBHOURS = "NbHours"
    NOTHING = "Nothing"

    def __str__(self) -> str:
        return str(self.value)
