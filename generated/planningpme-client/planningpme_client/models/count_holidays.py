from enum import StrEnum


class CountHolidays(StrEnum):
    FIVE = "Five"
    SIX = "Six"

    def __str__(self) -> str:
        return str(self.value)
