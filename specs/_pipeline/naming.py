"""Names the generated layers derive from the spec's words, and the spec's text back from the generator's
wrappers (shared by resources.py, jsonapi.py and package_files.py)."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["camel", "plain", "singular"]


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


def plain(value: Any) -> str:
    """The text of a value the generator wrapped (``UntrustedString``, a ``PythonIdentifier`` or code that
    embeds a literal), or ``str(value)`` of anything else."""
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    return str(value)
