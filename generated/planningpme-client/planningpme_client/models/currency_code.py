from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


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

    @classmethod
    def _missing_(cls, value: object) -> CurrencyCode | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
