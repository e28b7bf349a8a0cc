"""A relationship path that `include` accepts on `fulfillOrder`."""

from typing import Literal

OrderFulfillmentInclude = Literal[
    "changed_lines",
    "changed_lines.item",
    "changed_lines.item.photo",
    "changed_plannings",
    "changed_stock_item_plannings",
    "changed_stock_item_plannings.stock_item",
    "order",
    "order.tax_values",
]
