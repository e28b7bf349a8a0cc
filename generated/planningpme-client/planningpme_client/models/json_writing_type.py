from enum import StrEnum


class JsonWritingType(StrEnum):
    DATA = "Data"
    KEYLABEL = "KeyLabel"
    NONE = "None"
    NORMAL = "Normal"
    STRING = "String"

    def __str__(self) -> str:
        return str(self.value)
