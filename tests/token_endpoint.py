"""A real token endpoint and a tiny protected API on 127.0.0.1, for the auth tests.

Served by ``http.server.ThreadingHTTPServer`` in a thread: the clients under test open real connections,
so locks, replays and bodies are exercised as in production. Everything it receives is recorded.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests import loopback


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode()))


@dataclass
class TokenEndpoint:
    """``POST <token_path>`` issues tokens; every other path is an API that wants the latest one
    (``.../ping`` answers ``pong`` as text, anything else ``api_body`` or a small JSON object).

    Knobs: ``expires_in`` (``None`` leaves it out), ``token_status`` / ``token_body`` to make the endpoint
    fail, ``token_failures`` (statuses answered, in order, before tokens are issued again),
    ``delay`` to hold token answers so concurrent callers pile up, ``reject_all`` to refuse every
    token at the API, ``public_paths`` for API paths answered without a token.
    """

    token_path: str = "/token"
    expires_in: int | str | None = 300
    token_status: int = 200
    token_body: bytes | None = None
    delay: float = 0.0
    reject_all: bool = False
    api_body: bytes | None = None
    public_paths: set[str] = field(default_factory=set)
    token_failures: list[int] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    token_requests: list[Received] = field(default_factory=list)
    api_requests: list[Received] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)
    revoked: set[str] = field(default_factory=set)
    port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def token_url(self) -> str:
        return self.url + self.token_path

    def revoke_all(self) -> None:
        with self._lock:
            self.revoked.update(self.issued)

    def _issue(self) -> tuple[int, bytes]:
        if self.delay:
            time.sleep(self.delay)  # widens the window in which concurrent callers would fetch too
        with self._lock:
            failure = self.token_failures.pop(0) if self.token_failures else None
        if failure is not None:
            return failure, b'{"error": "temporarily_unavailable"}'
        if self.token_body is not None or self.token_status != 200:
            return self.token_status, self.token_body or b"{}"
        with self._lock:
            token = f"access-{len(self.issued) + 1}-{secrets.token_hex(8)}"
            self.issued.append(token)
        payload: dict[str, Any] = {"access_token": token, "token_type": "bearer", **self.extra}
        if self.expires_in is not None:
            payload["expires_in"] = self.expires_in
        return 200, json.dumps(payload).encode()

    def _api(self, received: Received) -> tuple[int, bytes]:
        with self._lock:
            current = self.issued[-1] if self.issued else None
            ok = (
                not self.reject_all
                and current is not None
                and current not in self.revoked
                and received.headers.get("authorization") == f"Bearer {current}"
            )
        if not ok and received.path.split("?")[0] not in self.public_paths:
            return 401, b'{"error": "unauthorized"}'
        if received.path.endswith("/ping"):
            return 200, b"pong"
        return 200, self.api_body or json.dumps({"ok": True, "path": received.path}).encode()

    def handle(self, received: Received) -> tuple[int, bytes]:
        if received.method == "POST" and received.path == self.token_path:
            with self._lock:
                self.token_requests.append(received)
            return self._issue()
        with self._lock:
            self.api_requests.append(received)
        return self._api(received)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # fifty clients connect at once


def _handler(endpoint: TokenEndpoint) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, payload = endpoint.handle(Received(self.command, self.path, headers, body))
            self.send_response(status)
            self.send_header("Content-Type", "text/plain" if payload == b"pong" else "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

    return Handler


@contextmanager
def serve(endpoint: TokenEndpoint) -> Iterator[TokenEndpoint]:
    """Serve ``endpoint`` on a free port of 127.0.0.1 until the block ends."""
    server = _Server(("127.0.0.1", 0), _handler(endpoint))
    endpoint.port = int(server.server_address[1])
    thread = loopback.start(server)
    try:
        yield endpoint
    finally:
        loopback.stop(server, thread)


class FakeClock:
    """A clock the test moves by hand: expiry is tested without sleeping."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def _no_wait(seconds: float) -> None:
    """An ``async_sleep`` that does not sleep."""


def instant_retry(package: Any, **changes: Any) -> Any:
    """The package's ``RetryPolicy`` with its sleeps stubbed out: retry tests count attempts, not seconds."""
    return package.RetryPolicy(sleep=lambda seconds: None, async_sleep=_no_wait, **changes)
