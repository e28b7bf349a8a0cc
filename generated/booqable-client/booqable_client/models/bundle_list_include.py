"""A relationship path that `include` accepts on `listBundles`, `searchBundles`."""

from typing import Literal

BundleListInclude = Literal["inventory_levels", "photo"]
