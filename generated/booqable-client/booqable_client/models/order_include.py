"""A relationship path that `include` accepts on `createOrder`, `newOrder`, `getOrder`, `updateOrder`."""

from typing import Literal

OrderInclude = Literal[
    "barcode",
    "coupon",
    "customer",
    "customer.merge_suggestion_customer",
    "customer.payment_methods",
    "customer.properties",
    "documents",
    "lines",
    "lines.item",
    "lines.item.barcode",
    "lines.item.bundle_items",
    "lines.item.photo",
    "lines.item.properties",
    "lines.planning",
    "lines.planning.stock_item_plannings",
    "lines.planning.stock_item_plannings.stock_item",
    "lines.planning.stock_item_plannings.stock_item.barcode",
    "lines.tax_category",
    "notes",
    "order_delivery_rate",
    "payments",
    "payments.payment_method",
    "properties",
    "start_location",
    "stop_location",
    "tax_region",
    "tax_values",
]
