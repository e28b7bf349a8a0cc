"""A relationship path that `include` accepts on `getStockItem`."""

from typing import Literal

StockItemGetInclude = Literal[
    "barcode",
    "location",
    "product",
    "product.photo",
    "product.product_group",
    "properties",
    "stock_item_plannings",
    "stock_item_plannings.downtime",
]
