"""A relationship path that `include` accepts on `createEmail`."""

from typing import Literal

EmailInclude = Literal["customer", "email_template", "order"]
