"""A relationship path that `include` accepts on `getTaxValue`."""

from typing import Literal

TaxValueInclude = Literal["owner"]
