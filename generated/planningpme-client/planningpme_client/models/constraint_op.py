from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


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

    @classmethod
    def _missing_(cls, value: object) -> ConstraintOp | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
