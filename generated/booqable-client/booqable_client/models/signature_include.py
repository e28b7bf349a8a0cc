"""A relationship path that `include` accepts on `signContract`."""

from typing import Literal

SignatureInclude = Literal["customer", "document", "document.customer", "document.order", "order"]
