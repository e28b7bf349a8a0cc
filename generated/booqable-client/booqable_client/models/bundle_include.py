"""A relationship path that `include` accepts on `createBundle`, `updateBundle`."""

from typing import Literal

BundleInclude = Literal[
    "bundle_items",
    "bundle_items.product",
    "bundle_items.product.photo",
    "bundle_items.product_group",
    "bundle_items.product_group.photo",
    "photo",
    "tax_category",
]
