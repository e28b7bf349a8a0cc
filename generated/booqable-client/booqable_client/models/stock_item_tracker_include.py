"""A relationship path that `include` accepts on `listStockItemTrackers`."""

from typing import Literal

StockItemTrackerInclude = Literal[
    "product_tracker",
    "product_tracker.employee",
    "product_tracker.order",
    "product_tracker.order.customer",
    "product_tracker.product",
    "stock_item",
]
