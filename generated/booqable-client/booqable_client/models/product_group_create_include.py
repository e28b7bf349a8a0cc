"""A relationship path that `include` accepts on `createProductGroup`, `updateProductGroup`."""

from typing import Literal

ProductGroupCreateInclude = Literal[
    "photo", "price_structure", "price_structure.price_tiles", "properties", "tax_category"
]
