"""A relationship path that `include` accepts on `createPriceStructure`, `getPriceStructure`, `updatePriceStructure`."""

from typing import Literal

PriceStructureInclude = Literal["price_tiles"]
