"""A relationship path that `include` accepts on `listReportSalesItems`."""

from typing import Literal

ReportSalesItemInclude = Literal["product", "product.photo"]
