"""One logger per package, silent until asked: ``logging.getLogger("<package>")`` or ``<PACKAGE>_LOG=debug``.

- ``<package>`` (``booqable_client``...) at DEBUG: one line per HTTP exchange (every retry, redirect hop and
  token request included): method, URL, status, time taken; at INFO: each retry decision (why, attempt, wait).
- ``<package>.bodies`` at DEBUG: the request and response bodies too. It is set to INFO here, so turning the
  package logger to DEBUG does not log bodies: only setting this one (or ``<PACKAGE>_LOG=bodies``) does.
- The environment variable ``<PACKAGE>_LOG`` (``BOOQABLE_CLIENT_LOG=debug``; a level name, or ``bodies``) sets
  those levels and, if the package logger has no handler yet, logs to stderr, for a quick look without code.

No record holds a secret: headers are never logged, the URL loses its user info and the query parameters an
auth flow declared (``_credentials.py``), a token request's and token answer's bodies are replaced, and in
other bodies the values of keys that name a credential (``access_token``, ``client_secret``, ``password``...)
are masked.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
import warnings
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode

import httpx

from ._credentials import REDACTED, SECRET_NAME, TOKEN_ENDPOINT_EXTENSION, redact_url

__all__: list[str] = []

PACKAGE: Final = __name__.rsplit(".", 2)[0]
ENVIRONMENT_VARIABLE: Final = f"{PACKAGE.upper()}_LOG"

logger: Final = logging.getLogger(PACKAGE)
"""The package's logger: exchanges at DEBUG, retry decisions at INFO."""
body_logger: Final = logging.getLogger(f"{PACKAGE}.bodies")
"""Request and response bodies at DEBUG; off (INFO) unless set."""
body_logger.setLevel(logging.INFO)

_BODY_LIMIT: Final = 2000


def configure_from_environment(environ: Mapping[str, str] = os.environ) -> None:
    """Apply ``<PACKAGE>_LOG`` (read once, when the package's client first loads); a bad value is a warning."""
    value = environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if not value:
        return
    bodies = value.lower() == "bodies"
    level = logging.DEBUG if bodies else logging.getLevelNamesMapping().get(value.upper())
    if level is None:
        warnings.warn(
            f"{ENVIRONMENT_VARIABLE}={value!r} is not a logging level: use debug, info, warning, error or bodies",
            stacklevel=2,
        )
        return
    logger.setLevel(level)
    body_logger.setLevel(logging.DEBUG if bodies else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False  # the environment asked for stderr: not twice when the root logs there too


def _token_request(request: httpx.Request) -> bool:
    return isinstance(request.extensions.get(TOKEN_ENDPOINT_EXTENSION), str)


def _start(request: httpx.Request) -> float | None:
    """The start time when the exchange is to be logged (``None``: the logger is off, the cost is this check)."""
    return time.perf_counter() if logger.isEnabledFor(logging.DEBUG) else None


def _answered(request: httpx.Request, response: httpx.Response, start: float) -> None:
    elapsed = time.perf_counter() - start
    what = " (token request)" if _token_request(request) else ""
    logger.debug(
        "%s %s%s -> %d %s in %.3f s",
        *(request.method, redact_url(request), what, response.status_code, response.reason_phrase, elapsed),
    )
    if body_logger.isEnabledFor(logging.DEBUG):
        try:
            sent = request.content
        except httpx.RequestNotRead:
            sent = None
        try:
            received: bytes | None = response.content
        except httpx.ResponseNotRead:
            received = None
        secret = _token_request(request)
        body_logger.debug("%s %s request body: %s", request.method, request.url.path, _body(sent, secret))
        body_logger.debug("%s %s response body: %s", request.method, request.url.path, _body(received, secret))


def _failed(request: httpx.Request, error: Exception, start: float) -> None:
    elapsed = time.perf_counter() - start
    what = " (token request)" if _token_request(request) else ""
    logger.debug(
        "%s %s%s failed in %.3f s: %s", request.method, redact_url(request), what, elapsed, type(error).__name__
    )


def _body(content: bytes | None, secret: bool) -> str:
    """A body as it may be logged: token exchanges replaced, credential keys masked, cut at 2,000 characters."""
    if content is None:
        return "(streamed, not read)"
    if not content:
        return "(empty)"
    if secret:
        return REDACTED
    text = content.decode("utf-8", errors="replace")
    try:
        text = json.dumps(_masked(json.loads(text)), ensure_ascii=False)
    except (ValueError, RecursionError):
        pairs = parse_qsl(text, keep_blank_values=True)
        if pairs and "=" in text and " " not in text:  # a form body: mask its credential fields
            text = urlencode([(k, REDACTED if SECRET_NAME.search(k) else v) for k, v in pairs])
    return text if len(text) <= _BODY_LIMIT else text[: _BODY_LIMIT - 3] + "..."


def _masked(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: REDACTED if SECRET_NAME.search(str(k)) else _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(item) for item in value]
    return value


class LoggedTransport(httpx.BaseTransport):
    """Logs each exchange that passes (sync), when the package logger is at DEBUG."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self.transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        start = _start(request)
        if start is None:
            return self.transport.handle_request(request)
        try:
            response = self.transport.handle_request(request)
        except Exception as error:
            _failed(request, error, start)
            raise
        _answered(request, response, start)
        return response

    def close(self) -> None:
        self.transport.close()


class AsyncLoggedTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`LoggedTransport`."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        start = _start(request)
        if start is None:
            return await self.transport.handle_async_request(request)
        try:
            response = await self.transport.handle_async_request(request)
        except Exception as error:
            _failed(request, error, start)
            raise
        _answered(request, response, start)
        return response

    async def aclose(self) -> None:
        await self.transport.aclose()


configure_from_environment()
