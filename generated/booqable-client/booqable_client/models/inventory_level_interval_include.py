"""A relationship path that `include` accepts on `listInventoryLevelIntervals`."""

from typing import Literal

InventoryLevelIntervalInclude = Literal["item", "location"]
