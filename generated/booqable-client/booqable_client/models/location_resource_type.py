from enum import StrEnum


class LocationResourceType(StrEnum):
    LOCATIONS = "locations"

    def __str__(self) -> str:
        return str(self.value)
