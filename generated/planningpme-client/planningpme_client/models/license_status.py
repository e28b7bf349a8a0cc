from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

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

    _by__value: ClassVar[dict[str, LicenseStatus]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> LicenseStatus | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


LicenseStatus._by__value = {member.value: member for member in LicenseStatus}
