from enum import StrEnum


class PlanningKind(StrEnum):
    DOWNTIME = "downtime"
    ORDER = "order"

    def __str__(self) -> str:
        return str(self.value)
