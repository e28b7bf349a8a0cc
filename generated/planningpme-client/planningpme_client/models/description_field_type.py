from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class DescriptionFieldType(StrEnum):
    CALENDARBODY = "CalendarBody"
    CALENDARSUBJECT = "CalendarSubject"
    CAPTIONCUSTOMER = "CaptionCustomer"
    CAPTIONEQUIPMENT = "CaptionEquipment"
    CAPTIONPROJECT = "CaptionProject"
    EMAILBODY = "EmailBody"
    EMAILSUBJECT = "EmailSubject"
    HEADERCUSTOMER = "HeaderCustomer"
    HEADERPROJECT = "HeaderProject"
    HEADERRESOURCE = "HeaderResource"
    INDEX1 = "Index1"
    INDEX2 = "Index2"
    LABEL = "Label"
    LABELASSIGNMENT = "LabelAssignment"
    LABELUNAVAILABILITY = "LabelUnavailability"
    MOBILE = "Mobile"
    PRINT = "Print"
    PRINTUNAVAILABILITY = "PrintUnavailability"
    TOOLTIP = "Tooltip"
    TOPLAN = "ToPlan"

    _by__value: ClassVar[dict[str, DescriptionFieldType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> DescriptionFieldType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


DescriptionFieldType._by__value = {member.value: member for member in DescriptionFieldType}
