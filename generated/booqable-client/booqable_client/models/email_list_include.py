"""A relationship path that `include` accepts on `listEmails`."""

from typing import Literal

EmailListInclude = Literal["customer", "order"]
