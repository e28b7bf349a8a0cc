"""A relationship path that `include` accepts on `listOperations`, `createOperation`, `getOperation`."""

from typing import Literal

OperationInclude = Literal["employee"]
