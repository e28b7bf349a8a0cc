"""A relationship path that `include` accepts on `listInventoryLevels`."""

from typing import Literal

InventoryLevelInclude = Literal["item", "location"]
