"""A relationship path that `include` accepts on `listReportRentalIntervals`."""

from typing import Literal

ReportRentalIntervalInclude = Literal["product", "product.photo"]
