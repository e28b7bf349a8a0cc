"""A relationship path that `include` accepts on `createPriceTile`, `getPriceTile`, `updatePriceTile`."""

from typing import Literal

PriceTileInclude = Literal["price_structure"]
