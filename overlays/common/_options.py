"""Per-call options: ``client.orders.get(id, timeout=5, extra_headers={...}, extra_query={...}, retry=False)``.

Every namespace method takes them (typed by :class:`CallOptions`, so a misspelt one fails the type checkers) and
``client.with_options(...)`` takes the same names. A call with options runs on a derived client, as
``with_options`` makes one: it shares the connection pools and the auth (token cache included) of the client
it came from, and its ``timeout`` bounds the whole call, retries and waits included, like the client's own. A
call without options costs one dictionary test.

Credentials cannot be set this way: an ``extra_headers`` entry for ``Authorization``, ``Proxy-Authorization``,
``Cookie`` or an API key header of the spec (or an ``extra_query`` entry for an API key parameter) is refused
with a ``ValueError`` before anything is sent; they come from ``connect(...)`` and its auth flow only.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from typing import Literal, TypedDict

import httpx

from .._spec import SECURITY_SCHEMES
from ._retry import RetryPolicy

__all__ = ["CallOptions"]

QueryValue = str | int | float | bool


class CallOptions(TypedDict, total=False):
    """What any method takes besides its own arguments, for that call only."""

    timeout: float | httpx.Timeout | None
    """Seconds the whole call may take (``None``: no bound), as ``connect(timeout=...)``."""
    extra_headers: Mapping[str, str]
    """Headers added to the request (never credentials)."""
    extra_query: Mapping[str, QueryValue]
    """Query parameters added to the request."""
    retry: RetryPolicy | Literal[False]
    """Another retry policy for this call, or ``False`` for none."""


def _credential_names(location: str) -> frozenset[str]:
    names = {
        str(scheme.get("name", "")).lower()
        for scheme in SECURITY_SCHEMES.values()
        if scheme.get("type") == "apiKey" and scheme.get("in") == location
    }
    if location == "header":
        names |= {"authorization", "proxy-authorization", "cookie"}
    return frozenset(names - {""})


def refuse_credentials(headers: Mapping[str, str] | None, query: Mapping[str, QueryValue] | None) -> None:
    """Raise ``ValueError`` when per-call headers or query parameters would set a credential."""
    for where, given, location in (("extra_headers", headers, "header"), ("extra_query", query, "query")):
        if given:
            taken = sorted(name for name in given if name.lower() in _credential_names(location))
            if taken:
                raise ValueError(f"{where} may not set {taken[0]!r}: credentials come from connect(...) only")


CAPTURE: ContextVar[list[httpx.Response] | None] = ContextVar("raw_responses", default=None)
"""The answers of the ``with_raw_response`` call under way (``None``: no raw call); the client's ``send`` fills it."""
