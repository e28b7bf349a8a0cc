"""Credentials stay with the origin they were issued for, and out of everything a caller can inspect later.

Two rules, applied where every request passes (the transport wrapper in ``_retry.py``, below redirects, so each
redirect hop is seen) and where every error is built (``_errors.py``):

- An API request is marked with its home origin when the client sends it. A hop to any other origin (a redirect
  followed with ``follow_redirects=True``) leaves without its credential headers: ``Authorization``, the
  vendor's key headers (``X-APPKEY``) and whatever header an auth flow declared (an API key header named by
  the spec), and without the query parameters an auth flow declared. httpx itself drops only
  ``Authorization``.
- A token request never follows a redirect: its form body may hold a client secret or a password, and a
  307/308 would carry it along. A hop away from the token endpoint is refused before anything is sent.

Errors keep a redacted copy of the request (and of the response's request), so ``err.request.headers``,
``err.request.url`` or ``err.response.request.content`` cannot hand a secret to a log or a bug report.

This module depends on nothing else in the package, so ``_errors.py`` can use it.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Mapping
from typing import Final
from urllib.parse import parse_qsl

import httpx

__all__: list[str] = []

CREDENTIAL_HEADERS: Final = frozenset({"authorization", "proxy-authorization", "cookie", "x-appkey", "x-api-key"})
"""Header names that carry a credential whatever the vendor (lower case)."""

CREDENTIAL_HEADERS_EXTENSION: Final = "planning_clients.credential_headers"
"""``request.extensions`` key: more header names an auth flow put a credential in (see
:func:`declare_credential_headers`)."""

CREDENTIAL_PARAMS_EXTENSION: Final = "planning_clients.credential_params"
"""``request.extensions`` key: query parameters an auth flow put a credential in (see
:func:`declare_credential_params`)."""

HOME_EXTENSION: Final = "planning_clients.home_origin"
"""``request.extensions`` key: the URL an API request was addressed to before any redirect; its origin is the
one the credentials belong to."""

TOKEN_ENDPOINT_EXTENSION: Final = "planning_clients.token_endpoint"  # noqa: S105 - a key name, not a credential
"""``request.extensions`` key marking a token request, with the endpoint as it may be shown (no query, no
user info). A network failure of that request names the endpoint; a redirect away from it is refused."""

REDACTED: Final = "[redacted]"

SECRET_NAME: Final = re.compile(r"token|secret|password|passwd|api[-_]?key|app[-_]?key|authorization|assertion", re.I)
"""A form field, JSON key or parameter whose name says it holds a credential (``client_secret``...)."""


_LINE_BREAK: Final = re.compile(r"[\r\n\0]")
_HEADER_TEXT: Final = re.compile(r"[\t\x20-\x7e]*")
"""What an HTTP header value can carry as it is: visible ASCII, spaces and tabs."""
_HEADER_NAME: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def unsendable(value: str, *, header: bool) -> str | None:
    """Why ``value`` cannot be sent (``None``: it can): a line break or NUL anywhere, and for a value that goes in
    a header, any character a header cannot carry. Never the value itself."""
    if _LINE_BREAK.search(value):
        return "contains a line break or NUL (CR, LF or \\0)"
    if header and not _HEADER_TEXT.fullmatch(value):
        return "has a character an HTTP header cannot carry (non-ASCII or a control character)"
    return None


def check_values(where: str, values: Mapping[str, object], *, headers: Iterable[str] = ()) -> None:
    """Refuse, with a ``ValueError`` that names the argument and never its value, a credential or setting that
    would be sent with a line break or NUL in it (or, for the ``headers`` names, anything a header cannot carry).

    Secrets (anything with ``reveal()``) are looked at through it."""
    in_header = set(headers)
    for name, value in values.items():
        reveal = getattr(value, "reveal", None)
        text = reveal() if callable(reveal) else value
        if isinstance(text, str):
            reason = unsendable(text, header=name in in_header)
            if reason is not None:
                raise ValueError(f"{where}: {name} {reason}; was it read with a trailing newline?")


def check_headers(where: str, headers: Mapping[str, str] | None) -> None:
    """Refuse a header name that is not an HTTP token, or a value :func:`unsendable` refuses (value never shown)."""
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise ValueError(f"{where}: a header name is not a valid HTTP name (letters, digits, -_.!#$%&'*+^`|~)")
        check_values(where, {f"headers[{name!r}]": value}, headers=[f"headers[{name!r}]"])


class RedirectRefused(httpx.TransportError):
    """A token request was redirected: it is not followed, so its credentials go nowhere else.

    A subclass of ``httpx.TransportError`` so that httpx closes the redirect response on its way out;
    the client turns it into an ``AuthenticationError`` naming the endpoint.
    """


def origin_of(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and effective port: two URLs with the same origin may share credentials."""
    port = url.port
    if port is None:
        port = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, port


def endpoint_of(url: httpx.URL) -> str:
    """A URL as it may be shown: no user info, query or fragment."""
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{url.host}{port}{url.path}"


def declare_credential_headers(request: httpx.Request, names: Iterable[str]) -> None:
    """Say that ``request`` carries credentials in these headers (beyond :data:`CREDENTIAL_HEADERS`)."""
    declared = request.extensions.get(CREDENTIAL_HEADERS_EXTENSION, frozenset())
    request.extensions[CREDENTIAL_HEADERS_EXTENSION] = frozenset(declared) | {n.lower() for n in names}


def declare_credential_params(request: httpx.Request, names: Iterable[str]) -> None:
    """Say that ``request`` carries credentials in these query parameters (an API key ``in: query``)."""
    declared = request.extensions.get(CREDENTIAL_PARAMS_EXTENSION, frozenset())
    request.extensions[CREDENTIAL_PARAMS_EXTENSION] = frozenset(declared) | set(names)


def _credential_names(request: httpx.Request) -> frozenset[str]:
    extra = request.extensions.get(CREDENTIAL_HEADERS_EXTENSION)
    return CREDENTIAL_HEADERS | extra if isinstance(extra, frozenset) else CREDENTIAL_HEADERS


def _credential_params(request: httpx.Request, url: httpx.URL) -> list[str]:
    declared = request.extensions.get(CREDENTIAL_PARAMS_EXTENSION)
    return sorted(name for name in declared if name in url.params) if isinstance(declared, frozenset) else []


def guard_hop(request: httpx.Request) -> None:
    """Apply the two rules to a request about to leave (every attempt of every hop).

    Raises :class:`RedirectRefused` for a token request that is no longer addressed to its endpoint; strips the
    credential headers of an API request addressed to another origin than its home.
    """
    endpoint = request.extensions.get(TOKEN_ENDPOINT_EXTENSION)
    if isinstance(endpoint, str):
        if endpoint_of(request.url) != endpoint:
            raise RedirectRefused(
                f"the token endpoint {endpoint} redirected to {endpoint_of(request.url)}; "
                "token requests never follow redirects",
                request=request,
            )
        return
    home = request.extensions.get(HOME_EXTENSION)
    url = request.url
    if home is None or url is home:  # still the very URL it was sent to (every first hop): nothing to compare
        return
    if origin_of(url) != origin_of(home):
        for name in _credential_names(request):
            request.headers.pop(name, None)
        for name in _credential_params(request, request.url):
            request.url = request.url.copy_remove_param(name)


def mask_sent_secrets(text: str, request: httpx.Request) -> str:
    """``text`` (what a server answered) with every credential ``request`` carried masked: the values of its
    credential headers (a Basic pair decoded too) and of its form fields named like a credential. A server
    that echoes what it was sent cannot put a secret into an error message this way."""
    secrets: list[str] = []
    for name, value in request.headers.items():
        if name.lower() not in _credential_names(request):
            continue
        secrets.append(value)
        scheme, _, credential = value.partition(" ")
        secrets.append(credential)
        if scheme.lower() == "basic":
            try:
                pair = base64.b64decode(credential, validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                pair = ""
            secrets += [pair, *pair.split(":", 1)]
    try:
        form = parse_qsl(request.content.decode("utf-8", errors="replace"), keep_blank_values=False)
    except httpx.RequestNotRead:
        form = []
    secrets += [value for name, value in form if SECRET_NAME.search(name)]
    for secret in sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def redact_url(request: httpx.Request) -> httpx.URL:
    """The URL of ``request`` safe to show: no user info, the credential query parameters masked."""
    url = request.url.copy_with(username=None, password=None) if request.url.userinfo else request.url
    for param in _credential_params(request, url):
        url = url.copy_set_param(param, REDACTED)
    return url


def redact_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` safe to keep in an error: credential headers and query parameters masked, a token
    request's body (client secret, password, assertion) replaced, user info dropped from the URL."""
    names = _credential_names(request)
    headers = httpx.Headers([(k, REDACTED if k.lower() in names else v) for k, v in request.headers.multi_items()])
    url = redact_url(request)
    is_token_request = isinstance(request.extensions.get(TOKEN_ENDPOINT_EXTENSION), str)
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    if is_token_request and content:
        content = REDACTED.encode()
    headers.pop("content-length", None)
    copy = httpx.Request(request.method, url, headers=headers, content=content)
    copy.extensions = {k: v for k, v in request.extensions.items() if k == TOKEN_ENDPOINT_EXTENSION}
    return copy


def redact_response(response: httpx.Response) -> httpx.Response:
    """``response`` with its request redacted and the token exchanges dropped from its history (httpx records
    the auth flow's token answer there, access token included), in place."""
    history = []
    for hop in response.history:
        if not _is_token_exchange(hop):
            _redact_request_of(hop)
            history.append(hop)
    response.history = history
    _redact_request_of(response)
    return response


def _is_token_exchange(response: httpx.Response) -> bool:
    try:
        return isinstance(response.request.extensions.get(TOKEN_ENDPOINT_EXTENSION), str)
    except RuntimeError:  # a response built by hand has no request
        return False


def _redact_request_of(response: httpx.Response) -> None:
    try:
        original = response.request
    except RuntimeError:
        return
    response.request = redact_request(original)
