"""A relationship path that `include` accepts on `listTaxCategories`, `createTaxCategory`, `getTaxCategory`, `updateTaxCategory`."""

from typing import Literal

TaxCategoryInclude = Literal["tax_rates"]
