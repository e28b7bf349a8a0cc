"""A relationship path that `include` accepts on `listCollectionItems`."""

from typing import Literal

CollectionItemInclude = Literal["collection", "item", "item.photo"]
