"""A relationship path that `include` accepts on `createStockItem`, `updateStockItem`."""

from typing import Literal

StockItemInclude = Literal["barcode", "location", "product", "product.product_group", "properties"]
