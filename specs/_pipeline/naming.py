"""Names the generated layers derive from the spec's words (shared by resources.py and jsonapi.py)."""

from __future__ import annotations

import re

__all__ = ["camel", "singular"]


def camel(name: str) -> str:
    """``order_lines`` -> ``OrderLines``: the class-name spelling of a snake, kebab or spaced name."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def singular(word: str) -> str:
    """The singular of an English plural as API resource names use them (``categories`` -> ``category``)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
