"""A relationship path that `include` accepts on `listActivityLogs`, `getActivityLog`."""

from typing import Literal

ActivityLogInclude = Literal["employee"]
