"""A relationship path that `include` accepts on `createTheme`."""

from typing import Literal

ThemeInclude = Literal["assets"]
