"""A relationship path that `include` accepts on `listProperties`, `createProperty`, `getProperty`, `updateProperty`, `deleteProperty`."""

from typing import Literal

PropertyInclude = Literal["owner"]
