"""A relationship path that `include` accepts on `mergeCustomers`."""

from typing import Literal

MergeInclude = Literal["target"]
