"""A relationship path that `include` accepts on `getMenu`."""

from typing import Literal

MenuGetInclude = Literal["menu_items"]
