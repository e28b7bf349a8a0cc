from enum import StrEnum


class DescriptionFieldStyle(StrEnum):
    BOLD = "Bold"
    ITALIC = "Italic"
    NORMAL = "Normal"
    UNDERLINE = "Underline"

    def __str__(self) -> str:
        return str(self.value)
