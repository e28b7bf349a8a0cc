"""A relationship path that `include` accepts on `createPhoto`, `getPhoto`, `updatePhoto`."""

from typing import Literal

PhotoInclude = Literal["owner"]
