"""A relationship path that `include` accepts on `createLine`, `getLine`, `updateLine`."""

from typing import Literal

LineInclude = Literal[
    "nested_lines",
    "nested_lines.planning",
    "order",
    "order.tax_values",
    "owner",
    "owner.tax_values",
    "parent_line",
    "planning",
    "planning.item",
    "planning.item.photo",
    "tax_category",
]
