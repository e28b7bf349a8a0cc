from enum import StrEnum


class InRootType(StrEnum):
    CUSTOMER = "Customer"
    PROJECT = "Project"
    RESOURCE = "Resource"

    def __str__(self) -> str:
        return str(self.value)
