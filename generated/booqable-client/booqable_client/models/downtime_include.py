"""A relationship path that `include` accepts on `listDowntimes`, `createDowntime`, `getDowntime`."""

from typing import Literal

DowntimeInclude = Literal["location", "product", "stock_item"]
