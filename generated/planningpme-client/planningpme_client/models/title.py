from enum import StrEnum


class Title(StrEnum):
    MISS = "Miss"
    MR = "Mr"
    MS = "Ms"

    def __str__(self) -> str:
        return str(self.value)
