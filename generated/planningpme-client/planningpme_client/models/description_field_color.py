from enum import StrEnum


class DescriptionFieldColor(StrEnum):
    CUSTOM = "Custom"
    DEFAULT = "Default"
    DESTINATION = "Destination"

    def __str__(self) -> str:
        return str(self.value)
