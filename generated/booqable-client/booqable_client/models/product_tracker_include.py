"""A relationship path that `include` accepts on `listProductTrackers`."""

from typing import Literal

ProductTrackerInclude = Literal["employee", "order", "order.customer", "product"]
