"""A relationship path that `include` accepts on `listLines`."""

from typing import Literal

LineListInclude = Literal["order", "owner", "planning", "planning.item", "planning.item.photo", "tax_category"]
