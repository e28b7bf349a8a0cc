"""A relationship path that `include` accepts on `listTaxRates`, `createTaxRate`, `getTaxRate`, `updateTaxRate`."""

from typing import Literal

TaxRateInclude = Literal["owner"]
