"""A relationship path that `include` accepts on `listCountries`."""

from typing import Literal

CountryInclude = Literal["provinces"]
