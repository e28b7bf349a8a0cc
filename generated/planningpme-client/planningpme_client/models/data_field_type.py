from enum import StrEnum


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

    def __str__(self) -> str:
        return str(self.value)
