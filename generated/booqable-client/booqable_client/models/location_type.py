from enum import StrEnum


class LocationType(StrEnum):
    INTERNAL = "internal"
    RENTAL = "rental"

    def __str__(self) -> str:
        return str(self.value)
