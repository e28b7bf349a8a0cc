from enum import StrEnum


class TrackingType(StrEnum):
    BULK = "bulk"
    NONE = "none"
    TRACKABLE = "trackable"

    def __str__(self) -> str:
        return str(self.value)
