"""A relationship path that `include` accepts on `getPlanning`."""

from typing import Literal

PlanningGetInclude = Literal[
    "downtime",
    "item",
    "item.photo",
    "nested_plannings",
    "order",
    "order.customer",
    "order_line",
    "parent_planning",
    "start_location",
    "stop_location",
]
