from enum import StrEnum


class NotificationType(StrEnum):
    NONE = "None"
    TASKINSERT = "TaskInsert"
    TASKUPDATE = "TaskUpdate"
    UNAVAILABILITYINSERT = "UnavailabilityInsert"
    UNAVAILABILITYUPDATE = "UnavailabilityUpdate"

    def __str__(self) -> str:
        return str(self.value)
