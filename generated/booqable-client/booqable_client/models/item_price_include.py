"""A relationship path that `include` accepts on `listItemPrices`."""

from typing import Literal

ItemPriceInclude = Literal["item", "price_structure", "price_tile"]
