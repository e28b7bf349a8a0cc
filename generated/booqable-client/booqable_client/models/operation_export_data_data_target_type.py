from __future__ import annotations

from enum import StrEnum

from ..lib._fields import open_member


class OperationExportDataDataTargetType(StrEnum):
    BUNDLES = "bundles"
    CUSTOMERS = "customers"
    DOCUMENTS = "documents"
    ORDERS = "orders"
    PRODUCT_GROUPS = "product_groups"
    REPORT_RENTALS = "report_rentals"
    REPORT_SALES_ITEMS = "report_sales_items"
    REPORT_STOCK_ITEMS = "report_stock_items"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> OperationExportDataDataTargetType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)
