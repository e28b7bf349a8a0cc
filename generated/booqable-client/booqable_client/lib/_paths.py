"""Path parameters as one literal segment each, whatever the value.

``quote(value, safe="")`` alone is not enough: it keeps ``.`` and ``..``, which httpx (like every URL library)
resolves as "this folder" and "the parent folder", so an id typed as ``..`` would address the collection above
the resource. Dots-only segments are therefore percent-encoded too, and an empty value, which would address
the collection itself, is refused, as is a value longer than any id (:data:`MAX_SEGMENT`), before anything is
sent.
"""

from __future__ import annotations

import re
from typing import Any, Final
from urllib.parse import quote

from ._errors import InvalidRequestError

__all__: list[str] = []

MAX_SEGMENT: Final = 2048
"""The longest path parameter sent, once encoded: far above any id, far below the URL length servers accept."""

_UNRESERVED: Final = re.compile(r"[A-Za-z0-9_.~-]+")
"""What ``quote(value, safe="")`` leaves as it is: a value made of these alone (most ids) skips the quoting."""


def path_segment(value: Any, name: str) -> str:
    """``value`` encoded as exactly one path segment (``/``, ``?``, ``#``, ``%``, non-ASCII and dots included).

    Raises :class:`InvalidRequestError` (a ``ValueError``) for an empty value (``/orders/`` is the list, not an
    order) and for one longer than :data:`MAX_SEGMENT` once encoded.
    """
    text = str(value)
    if not text:
        raise InvalidRequestError(
            f"path parameter {name!r} is empty: it would address the collection, not one resource"
        )
    segment = text if _UNRESERVED.fullmatch(text) else quote(text, safe="")
    if len(segment) > MAX_SEGMENT:
        raise InvalidRequestError(
            f"path parameter {name!r} is {len(segment)} characters long once encoded; no id is longer than "
            f"{MAX_SEGMENT}: check what was passed"
        )
    if segment.strip(".") == "":
        segment = segment.replace(".", "%2E")
    return segment
