from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class EffStepType(StrEnum):
    DELETE = "Delete"
    END = "End"
    INSERT = "Insert"
    START = "Start"
    UNPERIODIZE = "Unperiodize"
    UPDATE = "Update"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> EffStepType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
