"""A relationship path that `include` accepts on `createPriceRule`, `updatePriceRule`, `archivePriceRule`."""

from typing import Literal

PriceRuleInclude = Literal["price_ruleset", "price_ruleset.price_rules"]
