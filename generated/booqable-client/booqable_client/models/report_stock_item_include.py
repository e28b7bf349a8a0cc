"""A relationship path that `include` accepts on `listReportStockItems`."""

from typing import Literal

ReportStockItemInclude = Literal["product", "product.photo", "stock_item"]
