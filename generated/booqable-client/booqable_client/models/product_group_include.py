"""A relationship path that `include` accepts on `listProductGroups`, `searchProductGroups`."""

from typing import Literal

ProductGroupInclude = Literal[
    "photo",
    "price_structure",
    "price_structure.price_tiles",
    "products",
    "products.price_structure",
    "products.price_structure.price_tiles",
    "properties",
]
