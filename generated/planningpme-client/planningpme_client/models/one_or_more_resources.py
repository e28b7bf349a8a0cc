from enum import StrEnum


class OneOrMoreResources(StrEnum):
    MORERESOURCE = "MoreResource"
    ONERESOURCE = "OneResource"

    def __str__(self) -> str:
        return str(self.value)
