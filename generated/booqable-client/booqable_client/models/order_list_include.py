"""A relationship path that `include` accepts on `listOrders`, `searchOrders`."""

from typing import Literal

OrderListInclude = Literal["coupon", "customer", "properties", "start_location", "stop_location"]
