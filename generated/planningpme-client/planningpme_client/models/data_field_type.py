from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class DataFieldType(StrEnum):
    CHECK = "Check"
    COMBO = "Combo"
    DATE = "Date"
    DOUBLE = "Double"
    FILE = "File"
    HYPERLINK = "Hyperlink"
    LINK = "Link"
    LOCATION = "Location"
    MEMO = "Memo"
    MULTI = "Multi"
    NUMERIC = "Numeric"
    POSITION = "Position"
    PROJECTDEADLINE = "ProjectDeadline"
    PROJECTDEADLINEOVER = "ProjectDeadlineOver"
    PROJECTDURATION = "ProjectDuration"
    PROJECTENDDATE = "ProjectEndDate"
    PROJECTESTIMATEDURATION = "ProjectEstimateDuration"
    PROJECTSTARTDATE = "ProjectStartDate"
    SEPARATOR = "Separator"
    SIGNATURE = "Signature"
    SIGNATUREMOBILE = "SignatureMobile"
    SUBPROJECTESTIMATEDURATION = "SubProjectEstimateDuration"
    TEXT = "Text"
    TIME = "Time"

    _by__value: ClassVar[dict[str, DataFieldType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> DataFieldType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


DataFieldType._by__value = {member.value: member for member in DataFieldType}
