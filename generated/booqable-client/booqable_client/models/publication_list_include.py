"""A relationship path that `include` accepts on `listPublications`."""

from typing import Literal

PublicationListInclude = Literal["theme"]
