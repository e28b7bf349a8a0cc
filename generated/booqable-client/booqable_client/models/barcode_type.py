from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class BarcodeType(StrEnum):
    CODE128 = "code128"
    CODE39 = "code39"
    CODE93 = "code93"
    EAN13 = "ean13"
    EAN8 = "ean8"
    QR_CODE = "qr_code"

    _by__value: ClassVar[dict[str, BarcodeType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BarcodeType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


BarcodeType._by__value = {member.value: member for member in BarcodeType}
