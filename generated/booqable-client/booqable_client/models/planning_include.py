"""A relationship path that `include` accepts on `listPlannings`, `searchPlannings`."""

from typing import Literal

PlanningInclude = Literal[
    "downtime", "item", "item.photo", "order", "order.customer", "order_line", "start_location", "stop_location"
]
