from enum import StrEnum


class Language(StrEnum):
    DA = "da"
    DE = "de"
    EN = "en"
    ES = "es"
    FI = "fi"
    FR = "fr"
    IT = "it"
    JA = "ja"
    NL = "nl"
    NO = "no"
    PL = "pl"
    PT = "pt"
    RU = "ru"
    SV = "sv"

    def __str__(self) -> str:
        return str(self.value)
