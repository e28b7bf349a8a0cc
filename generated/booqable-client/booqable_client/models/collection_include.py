"""A relationship path that `include` accepts on `createCollection`, `getCollection`, `updateCollection`."""

from typing import Literal

CollectionInclude = Literal["collection_items", "collection_items.item", "collection_items.item.photo"]
