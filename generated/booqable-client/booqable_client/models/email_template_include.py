"""A relationship path that `include` accepts on `getEmailTemplate`."""

from typing import Literal

EmailTemplateInclude = Literal["emails"]
