"""A relationship path that `include` accepts on `listInventoryBreakdowns`."""

from typing import Literal

InventoryBreakdownInclude = Literal["location", "product", "product.photo"]
