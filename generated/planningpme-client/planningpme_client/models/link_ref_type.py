from enum import StrEnum


class LinkRefType(StrEnum):
    ASSIGNMENT = "Assignment"
    CUSTOMER = "Customer"
    PROJECT = "Project"
    RESOURCE = "Resource"
    TASK = "Task"
    UNAVAILABILITY = "Unavailability"

    def __str__(self) -> str:
        return str(self.value)
