"""A relationship path that `include` accepts on `createDepositHold`."""

from typing import Literal

DepositHoldInclude = Literal[
    "deposit_line", "deposit_line.tax_category", "deposit_line.tax_values", "order", "order.tax_values"
]
