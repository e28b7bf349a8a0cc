from enum import StrEnum


class DestinationType(StrEnum):
    CUSTOMER = "Customer"
    EQUIPMENT = "Equipment"
    PROJECT = "Project"
    RESOURCE = "Resource"
    SUBPROJECT = "SubProject"
    TASK = "Task"
    UNAVAILABILITY = "Unavailability"

    def __str__(self) -> str:
        return str(self.value)
