from enum import StrEnum


class EffTargetType(StrEnum):
    ACCOUNT = "Account"
    CREATOR = "Creator"
    CUSTOMER = "Customer"
    RESOURCE = "Resource"
    USER = "User"

    def __str__(self) -> str:
        return str(self.value)
