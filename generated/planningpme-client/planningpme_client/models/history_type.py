from enum import StrEnum


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
