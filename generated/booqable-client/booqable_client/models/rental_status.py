from enum import StrEnum


class RentalStatus(StrEnum):
    ARCHIVED = "archived"
    CANCELED = "canceled"
    CONCEPT = "concept"
    DRAFT = "draft"
    NEW = "new"
    RESERVED = "reserved"
    STARTED = "started"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
