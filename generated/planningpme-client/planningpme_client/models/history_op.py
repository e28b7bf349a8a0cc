from enum import StrEnum


class HistoryOp(StrEnum):
    DELETE = "Delete"
    EMAIL = "Email"
    INSERT = "Insert"
    INVITATION = "Invitation"
    SESSION = "Session"
    UNPERIODIZE = "Unperiodize"
    UPDATE = "Update"

    def __str__(self) -> str:
        return str(self.value)
