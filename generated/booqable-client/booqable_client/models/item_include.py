"""A relationship path that `include` accepts on `listItems`, `searchItems`, `getItem`."""

from typing import Literal

ItemInclude = Literal["barcode", "bundle_items", "collection_items", "inventory_levels", "photo", "properties"]
