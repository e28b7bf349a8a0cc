"""A relationship path that `include` accepts on `createPublication`."""

from typing import Literal

PublicationInclude = Literal["assets", "theme"]
