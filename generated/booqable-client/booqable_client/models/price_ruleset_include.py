"""A relationship path that `include` accepts on `createPriceRuleset`, `getPriceRuleset`, `updatePriceRuleset`."""

from typing import Literal

PriceRulesetInclude = Literal["price_rules"]
