"""A relationship path that `include` accepts on `listStockItems`."""

from typing import Literal

StockItemListInclude = Literal[
    "barcode", "location", "product", "properties", "stock_item_plannings", "stock_item_plannings.downtime"
]
