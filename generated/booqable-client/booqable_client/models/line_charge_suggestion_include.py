"""A relationship path that `include` accepts on `listLineChargeSuggestions`."""

from typing import Literal

LineChargeSuggestionInclude = Literal["line"]
