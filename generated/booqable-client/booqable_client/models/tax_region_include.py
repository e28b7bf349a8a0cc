"""A relationship path that `include` accepts on `listTaxRegions`, `createTaxRegion`, `getTaxRegion`, `updateTaxRegion`."""

from typing import Literal

TaxRegionInclude = Literal["tax_rates"]
