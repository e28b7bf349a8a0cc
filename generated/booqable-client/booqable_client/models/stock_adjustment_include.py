"""A relationship path that `include` accepts on `adjustStock`."""

from typing import Literal

StockAdjustmentInclude = Literal["product", "stock_items"]
