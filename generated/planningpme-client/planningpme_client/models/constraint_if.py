from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class ConstraintIf(StrEnum):
    BEGIN = "Begin"
    END = "End"
    NB = "Nb"
    NBHOURS = "NbHours"
    NOTHING = "Nothing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> ConstraintIf | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
