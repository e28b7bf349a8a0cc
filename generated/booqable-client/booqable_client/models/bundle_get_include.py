"""A relationship path that `include` accepts on `getBundle`."""

from typing import Literal

BundleGetInclude = Literal[
    "bundle_items",
    "bundle_items.product",
    "bundle_items.product.photo",
    "bundle_items.product_group",
    "bundle_items.product_group.photo",
    "bundle_items.product_group.products",
    "bundle_items.product_group.products.photo",
    "photo",
    "tax_category",
]
