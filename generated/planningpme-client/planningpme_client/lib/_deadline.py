"""One deadline per call: ``timeout`` bounds everything a call does, not each socket read.

httpx's timeouts apply per phase and per socket operation: a server that sends one byte every 0.2 s never
trips a 1 s read timeout, and every retry starts its own. The client therefore opens a :class:`Deadline` when
a call starts (``ApiClient``'s ``send``) and keeps it in a context variable, which follows the call into the
auth flow (the token request), the retrying transport (attempts and backoff waits) and the socket reads of
the connection pool, sync and async alike (each asyncio task has its own context).

Socket reads see it through :class:`DeadlineBackend`: a wrapper around httpcore's network backend that gives
every connect, read and write at most the time the call has left. It is installed on the transports httpx
builds; a transport of the caller's own (``transport=``) is left as it is and still gets clamped phase
timeouts per attempt, and no retry or backoff wait once the deadline has passed.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from contextvars import ContextVar, Token
from typing import Any, Final

import httpcore
import httpx

__all__: list[str] = []

_MIN_WAIT: Final = 0.001
"""Socket timeouts must be positive (0 would switch the socket to non-blocking mode)."""


class Deadline:
    """When the current call must be over, on the ``time.monotonic`` clock.

    A plain slotted class, not a dataclass: one is made per call and read on every socket operation."""

    __slots__ = ("at", "seconds")

    def __init__(self, at: float, seconds: float) -> None:
        self.at = at
        self.seconds = seconds  # the call's whole timeout, for messages

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def clamp(self, timeout: float | None) -> float:
        """``timeout`` (``None``: no own limit) cut to what is left; raises when nothing is left."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise httpcore.TimeoutException(f"the call's {self.seconds:g} s timeout ran out")
        if timeout is not None and timeout < left:
            left = timeout
        return left if left > _MIN_WAIT else _MIN_WAIT

    def __repr__(self) -> str:
        return f"Deadline(at={self.at!r}, seconds={self.seconds!r})"


class DeadlineExceeded(httpx.TimeoutException):
    """Raised before an attempt or a wait that the call's deadline leaves no room for; says why."""


_CURRENT: ContextVar[Deadline | None] = ContextVar("planning_clients_deadline", default=None)


def current() -> Deadline | None:
    """The deadline of the call running in this thread or task, if any."""
    return _CURRENT.get()


def begin(seconds: float | None) -> tuple[Deadline | None, Token[Deadline | None]]:
    """Start a call bounded by ``seconds`` (``None``: no bound); a call nested in another keeps the sooner
    deadline. Returns the call's deadline and the token that :func:`end` takes when the call is over.

    A pair of functions rather than a context manager: the client wraps every call in them, and a
    ``try``/``finally`` around the call costs a fraction of a generator-based ``with``."""
    deadline = _CURRENT.get()
    if seconds is not None:
        at = time.monotonic() + seconds
        if deadline is None or at < deadline.at:
            deadline = Deadline(at, seconds)
    return deadline, _CURRENT.set(deadline)


end: Final = _CURRENT.reset
"""Close the call :func:`begin` opened, given its token: the deadline around it (if any) applies again. The
context variable's own method, so closing a call costs no Python frame."""


_PHASE_NAMES: Final = ("connect", "read", "write", "pool")
_POOL_ONLY: Final = ("pool",)


def clamp_phases(request: httpx.Request, *, sockets_bounded: bool = False) -> None:
    """Cut the request's phase timeouts (connect, read, write, pool) to what the call has left; raise
    ``httpx.TimeoutException`` when nothing is left.

    ``sockets_bounded``: the transport has the deadline backend (:func:`install`), whose every connect, read and
    write is cut to what is left at that moment anyway; then only the pool wait, which no socket sees, is cut."""
    deadline = _CURRENT.get()
    if deadline is None:
        return
    left = deadline.at - time.monotonic()  # one clock reading for all four phases
    if left <= 0:
        raise DeadlineExceeded(f"the call's {deadline.seconds:g} s timeout ran out", request=request)
    left = max(left, _MIN_WAIT)
    phases = request.extensions.get("timeout")
    if not isinstance(phases, dict):
        phases = {}
    cut = dict(phases) if sockets_bounded else {}
    for phase in _POOL_ONLY if sockets_bounded else _PHASE_NAMES:  # a plain loop: no comprehension frame per attempt
        own = phases.get(phase)
        cut[phase] = left if own is None or own >= left else max(own, _MIN_WAIT)
    request.extensions["timeout"] = cut


def limit_of(timeout: httpx.Timeout) -> float | None:
    """The whole-call bound an ``httpx.Timeout`` stands for: its longest phase (``None``: unbounded)."""
    phases = [timeout.connect, timeout.read, timeout.write, timeout.pool]
    return None if any(p is None for p in phases) else max(p for p in phases if p is not None)


def _clamp(timeout: float | None) -> float | None:
    deadline = _CURRENT.get()
    return timeout if deadline is None else deadline.clamp(timeout)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    # read and write run several times per call: the clamp is spelled out instead of going through _clamp,
    # and skipped for the empty writes httpcore makes (no body, end of message), which send nothing
    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        deadline = _CURRENT.get()
        return self._stream.read(max_bytes, timeout if deadline is None else deadline.clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        deadline = _CURRENT.get()
        self._stream.write(buffer, timeout if deadline is None or not buffer else deadline.clamp(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend with every socket operation bounded by the current call's deadline."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *rest: Any, **options: Any
    ) -> httpcore.NetworkStream:  # the rest (local address, socket options) as httpcore passes it
        return _Stream(self._backend.connect_tcp(host, port, _clamp(timeout), *rest, **options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._backend.connect_unix_socket(path, _clamp(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        deadline = _CURRENT.get()
        return await self._stream.read(max_bytes, timeout if deadline is None else deadline.clamp(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        deadline = _CURRENT.get()
        await self._stream.write(buffer, timeout if deadline is None or not buffer else deadline.clamp(timeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, _clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """The async twin of :class:`DeadlineBackend`."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *rest: Any, **options: Any
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._backend.connect_tcp(host, port, _clamp(timeout), *rest, **options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._backend.connect_unix_socket(path, _clamp(timeout), socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def install(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> bool:
    """Put the deadline backend under a transport httpx built (``HTTPTransport``/``AsyncHTTPTransport``);
    ``False`` for any other transport, which keeps per-attempt clamping only."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is None or isinstance(backend, DeadlineBackend | AsyncDeadlineBackend):
        return backend is not None
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
        return True
    if isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = AsyncDeadlineBackend(backend)  # type: ignore[union-attr]
        return True
    return False
