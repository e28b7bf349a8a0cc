"""A relationship path that `include` accepts on `archiveLine`."""

from typing import Literal

LineArchiveInclude = Literal["order", "order.tax_values", "owner", "owner.tax_values", "parent_line", "tax_category"]
