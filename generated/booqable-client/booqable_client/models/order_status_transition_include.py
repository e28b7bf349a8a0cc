"""A relationship path that `include` accepts on `transitionOrderStatus`."""

from typing import Literal

OrderStatusTransitionInclude = Literal["order", "order.plannings", "order.stock_item_plannings"]
