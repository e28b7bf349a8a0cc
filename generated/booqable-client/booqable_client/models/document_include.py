"""A relationship path that `include` accepts on `createDocument`, `getDocument`, `updateDocument`."""

from typing import Literal

DocumentInclude = Literal[
    "coupon",
    "customer",
    "customer.properties",
    "lines",
    "lines.item",
    "lines.item.photo",
    "lines.item.properties",
    "lines.planning",
    "lines.planning.stock_item_plannings",
    "lines.planning.stock_item_plannings.stock_item",
    "lines.tax_category",
    "order",
    "order.coupon",
    "order.properties",
    "order.start_location",
    "order.stop_location",
    "properties",
    "signature",
    "tax_region",
    "tax_values",
]
