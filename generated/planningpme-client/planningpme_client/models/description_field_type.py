from enum import StrEnum


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

    def __str__(self) -> str:
        return str(self.value)
