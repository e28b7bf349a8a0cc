"""A relationship path that `include` accepts on `listLocations`, `createLocation`, `getLocation`, `updateLocation`."""

from typing import Literal

LocationInclude = Literal["carriers", "clusters"]
