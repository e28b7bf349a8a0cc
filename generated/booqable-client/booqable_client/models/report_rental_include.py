"""A relationship path that `include` accepts on `listReportRentals`."""

from typing import Literal

ReportRentalInclude = Literal["product", "product.photo"]
