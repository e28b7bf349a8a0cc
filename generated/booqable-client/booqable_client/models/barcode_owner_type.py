from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class BarcodeOwnerType(StrEnum):
    CUSTOMERS = "customers"
    ORDERS = "orders"
    PRODUCTS = "products"
    STOCK_ITEMS = "stock_items"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BarcodeOwnerType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
