"""A relationship path that `include` accepts on `listBundleItems`, `createBundleItem`, `getBundleItem`, `updateBundleItem`."""

from typing import Literal

BundleItemInclude = Literal[
    "bundle",
    "product",
    "product.photo",
    "product.price_structure",
    "product.price_structure.price_tiles",
    "product_group",
    "product_group.photo",
    "product_group.price_structure",
    "product_group.price_structure.price_tiles",
    "product_group.products",
    "product_group.products.price_structure",
    "product_group.products.price_structure.price_tiles",
]
