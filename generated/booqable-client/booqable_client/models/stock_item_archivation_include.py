"""A relationship path that `include` accepts on `archiveStockItem`."""

from typing import Literal

StockItemArchivationInclude = Literal["stock_item"]
