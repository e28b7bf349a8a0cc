"""A relationship path that `include` accepts on `listProducts`, `createProduct`, `searchProducts`, `getProduct`, `updateProduct`."""

from typing import Literal

ProductInclude = Literal[
    "barcode",
    "inventory_levels",
    "photo",
    "price_structure",
    "price_structure.price_tiles",
    "product_group",
    "properties",
    "tax_category",
]
