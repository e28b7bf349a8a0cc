from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class HistoryType(StrEnum):
    ASSIGNMENT = "Assignment"
    CUSTOMER = "Customer"
    PROJECT = "Project"
    RESOURCE = "Resource"
    SESSIONDESKTOP = "SessionDesktop"
    SESSIONMOBILE = "SessionMobile"
    SESSIONWEBACCESS = "SessionWebAccess"
    TASK = "Task"
    UNAVAILABILITY = "Unavailability"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> HistoryType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
