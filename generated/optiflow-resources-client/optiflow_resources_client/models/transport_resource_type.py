from enum import StrEnum


class TransportResourceType(StrEnum):
    TRACTOR = "TRACTOR"
    TRAILER = "TRAILER"
    TRUCK = "TRUCK"

    def __str__(self) -> str:
        return str(self.value)
