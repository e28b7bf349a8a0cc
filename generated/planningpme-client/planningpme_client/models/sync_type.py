from enum import StrEnum


class SyncType(StrEnum):
    GOOGLE = "Google"
    LUCCA = "Lucca"
    MICROSOFT = "Microsoft"
    UNDERSCORE_GOOGLE = "_Google"

    def __str__(self) -> str:
        return str(self.value)
