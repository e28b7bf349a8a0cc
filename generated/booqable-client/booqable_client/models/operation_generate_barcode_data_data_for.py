from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..lib._fields import open_member


class OperationGenerateBarcodeDataDataFor(StrEnum):
    PRODUCTS = "products"
    STOCK_ITEMS = "stock_items"

    _by__value: ClassVar[dict[str, OperationGenerateBarcodeDataDataFor]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> OperationGenerateBarcodeDataDataFor | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


OperationGenerateBarcodeDataDataFor._by__value = {
    member.value: member for member in OperationGenerateBarcodeDataDataFor
}
