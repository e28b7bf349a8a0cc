"""A relationship path that `include` accepts on `getProductGroup`."""

from typing import Literal

ProductGroupGetInclude = Literal[
    "photo", "price_structure", "price_structure.price_tiles", "products", "properties", "tax_category"
]
