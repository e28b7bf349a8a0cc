"""A relationship path that `include` accepts on `listStockItemSuggestions`."""

from typing import Literal

StockItemSuggestionInclude = Literal["stock_item"]
