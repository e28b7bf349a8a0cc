"""Booqable's bracketed query parameters (JSON:API ``deepObject`` style), shared by every generated operation.

Booqable reads nested keys in brackets and repeats list members with ``[]``: ``filter[starts_at][gte]=...``,
``fields[plannings]=id,quantity``, ``stats[total][]=count``. The generated ``_get_kwargs`` turns each
object-valued parameter into its JSON form (``to_dict()``) and hands it here; httpx then percent-encodes
the names and repeats a list value once per member.
"""

from __future__ import annotations

from typing import Any

__all__: list[str] = []


def deep_object(name: str, value: Any) -> dict[str, Any]:
    """Query pairs for one deepObject parameter: ``name[key][sub]`` for nested keys, ``name[key][]`` for lists.

    Booleans are spelled ``true``/``false`` (how Booqable writes them in its filters), not Python's
    ``True``/``False``; other scalars are left to httpx, which writes them as text.
    """
    if isinstance(value, dict):
        pairs: dict[str, Any] = {}
        for key, item in value.items():
            pairs.update(deep_object(f"{name}[{key}]", item))
        return pairs
    if isinstance(value, list):
        return {f"{name}[]": [_scalar(item) for item in value]}
    return {name: _scalar(value)}


def _scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
