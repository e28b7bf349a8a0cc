"""A relationship path that `include` accepts on `recalculateOrderPrices`."""

from typing import Literal

OrderPriceRecalculationInclude = Literal["order", "order.lines", "order.tax_values"]
