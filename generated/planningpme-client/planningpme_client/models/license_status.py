from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class LicenseStatus(StrEnum):
    CORRUPTED = "Corrupted"
    EMPTY = "Empty"
    EVALUATION = "Evaluation"
    EXPIRED = "Expired"
    LICENSECOUNT = "LicenseCount"
    NOEXPIRATIONDATE = "NoExpirationDate"
    OK = "Ok"
    OTHER = "Other"
    RESOURCECOUNT = "ResourceCount"
    WRONGDATABASE = "WrongDatabase"
    WRONGMACHINE = "WrongMachine"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> LicenseStatus | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
