from enum import StrEnum


class EffSourceType(StrEnum):
    ASSIGNMENT = "Assignment"
    CUSTOMER = "Customer"
    PROJECT = "Project"
    PROJECTIN = "ProjectIn"
    RESOURCE = "Resource"
    RESOURCEIN = "ResourceIn"
    STATUS = "Status"
    TASK = "Task"
    TASKIN = "TaskIn"
    UNAVAILABILITY = "Unavailability"

    def __str__(self) -> str:
        return str(self.value)
