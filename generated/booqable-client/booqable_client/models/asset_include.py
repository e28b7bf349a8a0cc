"""A relationship path that `include` accepts on `listAssets`, `createAsset`, `deleteAsset`."""

from typing import Literal

AssetInclude = Literal["theme"]
