from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

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

    _by__value: ClassVar[dict[str, OperationExportDataDataTargetType]]
    """The listed members by value: the generated from_dict looks values up here before calling the class."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> OperationExportDataDataTargetType | None:
        """Any other string: a member named ``UNKNOWN`` whose value is that string (not in ``list(cls)``)."""
        return open_member(cls, value, str)


OperationExportDataDataTargetType._by__value = {member.value: member for member in OperationExportDataDataTargetType}
