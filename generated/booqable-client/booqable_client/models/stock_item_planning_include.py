"""A relationship path that `include` accepts on `listStockItemPlannings`."""

from typing import Literal

StockItemPlanningInclude = Literal[
    "downtime", "order", "order.customer", "planning", "stock_item", "stock_item.product", "stock_item.product.photo"
]
