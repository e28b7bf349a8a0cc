from enum import StrEnum


class Access(StrEnum):
    ALL = "All"
    READ = "Read"
    WRITE = "Write"

    def __str__(self) -> str:
        return str(self.value)
