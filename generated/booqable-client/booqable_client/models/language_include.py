"""A relationship path that `include` accepts on `getLanguage`, `updateLanguage`."""

from typing import Literal

LanguageInclude = Literal["translations"]
