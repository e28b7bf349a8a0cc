from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

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

    _by__value: ClassVar[dict[str, CurrencyCode]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> CurrencyCode | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


CurrencyCode._by__value = {member.value: member for member in CurrencyCode}
