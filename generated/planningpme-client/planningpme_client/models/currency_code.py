from enum import StrEnum


class CurrencyCode(StrEnum):
    ARS = "ARS"
    BRL = "BRL"
    CAD = "CAD"
    CHF = "CHF"
    CLP = "CLP"
    CNY = "CNY"
    CRC = "CRC"
    DEM = "DEM"
    EUR = "EUR"
    FRF = "FRF"
    GBP = "GBP"
    GTQ = "GTQ"
    HNL = "HNL"
    JPY = "JPY"
    NOK = "NOK"
    PAB = "PAB"
    PEN = "PEN"
    PYG = "PYG"
    RUB = "RUB"
    SAR = "SAR"
    SVC = "SVC"
    USD = "USD"
    UYU = "UYU"

    def __str__(self) -> str:
        return str(self.value)
