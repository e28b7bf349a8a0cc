from enum import StrEnum


class ConstraintFor(StrEnum):
    ALL = "All"
    DEPARTMENTS = "Departments"
    RESOURCES = "Resources"

    def __str__(self) -> str:
        return str(self.value)
