"""A relationship path that `include` accepts on `listDocuments`, `searchDocuments`."""

from typing import Literal

DocumentListInclude = Literal["customer", "order"]
