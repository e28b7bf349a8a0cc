"""A relationship path that `include` accepts on `listStockCounts`."""

from typing import Literal

StockCountInclude = Literal["location", "product"]
