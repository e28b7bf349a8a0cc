from enum import StrEnum


class PlanningResourceType(StrEnum):
    PLANNINGS = "plannings"

    def __str__(self) -> str:
        return str(self.value)
