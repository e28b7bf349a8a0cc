"""A relationship path that `include` accepts on `upsertBulk`."""

from typing import Literal

BulkUpsertInclude = Literal["results"]
