"""A relationship path that `include` accepts on `listMenus`, `createMenu`, `updateMenu`."""

from typing import Literal

MenuInclude = Literal["menu_items", "menu_items.menu_items", "menu_items.menu_items.menu_items"]
