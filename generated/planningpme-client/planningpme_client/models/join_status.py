from enum import StrEnum


class JoinStatus(StrEnum):
    CONNECTED = "Connected"
    INVITED = "Invited"

    def __str__(self) -> str:
        return str(self.value)
