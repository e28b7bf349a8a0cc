"""A relationship path that `include` accepts on `duplicateProductGroup`."""

from typing import Literal

ProductGroupDuplicationInclude = Literal[
    "barcode",
    "inventory_levels",
    "new_product_group",
    "original_product_group",
    "photo",
    "price_structure",
    "price_structure.price_tiles",
    "properties",
    "tax_category",
]
