from enum import StrEnum


class ResourceType(StrEnum):
    EXTERN = "Extern"
    HUMAN = "Human"
    MATERIAL = "Material"
    TOPLAN = "ToPlan"

    def __str__(self) -> str:
        return str(self.value)
