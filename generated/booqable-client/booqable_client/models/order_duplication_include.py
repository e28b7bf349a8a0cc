"""A relationship path that `include` accepts on `duplicateOrder`."""

from typing import Literal

OrderDuplicationInclude = Literal["new_order", "original_order"]
