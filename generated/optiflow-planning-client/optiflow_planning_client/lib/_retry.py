"""Retries in one place for every client: a policy, and transports (sync and async) that apply it.

Retrying sits in a transport wrapper, below auth and redirects, so a retry resends exactly the request that
failed (same token, same body) and the caller only sees the final outcome. Only requests that are safe to
repeat are retried, and :meth:`RetryPolicy.is_safe` alone decides which: a method in ``policy.methods``, an
operation the registry marks ``retry-safe``, and any request whose connection could not even be opened
(nothing reached the server).

Every request passes this wrapper, every redirect hop and every retry included, so it is also where the rules
of ``_credentials.py`` (no credential to another origin, no redirected token request), the call's deadline
(``_deadline.py``: attempts, backoff and rate-limit waits all fit in what the call has left) and the bound on
every body (``_bodies.py``: ``max_response_bytes``, after decompression) are applied.

The policy for a request travels in ``request.extensions`` (put there by :class:`ApiClient`), so one
connection pool serves clients with different policies (``client.with_options(retry=...)``). Waiting goes
through injectable ``sleep``/``clock`` functions, so tests count attempts instead of sleeping.
"""

from __future__ import annotations

import dataclasses
import random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Final, TypedDict, Unpack

import httpx

from ._bodies import DEFAULT_MAX_RESPONSE_BYTES, bound_body
from ._credentials import guard_hop
from ._deadline import DeadlineExceeded, clamp_phases, current, install
from ._errors import retry_after_seconds
from ._keywords import check_keywords
from ._logging import AsyncLoggedTransport, LoggedTransport, logger

__all__ = ["RetryChanges", "RetryPolicy"]

RETRY_EXTENSION: Final = "planning_clients.retry"
"""``request.extensions`` key holding the :class:`RetryContext` of a request."""

RESEND_EXTENSION: Final = "planning_clients.before_resend"
"""``request.extensions`` key of a function called with the request before each retry sends it again. An auth
that puts a single-use credential on every request (Booqable's request signing) sets it, so a retry carries a
fresh credential instead of one the server has already seen."""

SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504, *range(506, 600)})
"""Transient answers: request timeout, rate limited, and the 5xx family except 501/505 (they never heal)."""

_NEVER_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout)
"""Failures before the request left: retrying cannot apply a non-idempotent request twice."""
_RETRYABLE_ERRORS: Final = (httpx.NetworkError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.RemoteProtocolError)
"""Network failures worth another try; a pool timeout or a local protocol error would just fail again."""


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: sync-only users should not pay ~10 ms to import asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry; one immutable value per client, replaceable per call.

    - Attempt ``n`` (0-based) waits a random time in ``[0, min(max_backoff, backoff * 2**n)]`` ("full
      jitter"), so many clients hitting the same outage do not retry in lockstep.
    - A ``Retry-After`` (seconds or HTTP date) or a rate-limit reset header replaces the backoff. When the
      server asks for longer than ``max_wait`` the retry is not made: the caller gets the 429/503 at once
      (``RateLimitedError.retry_after`` tells how long) instead of a thread blocked for minutes.
    - ``budget`` bounds the total waiting per request, so a storm of 429s ends in bounded time as well as in
      a bounded number of attempts.
    """

    max_retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0
    max_wait: float = 60.0
    budget: float = 90.0
    statuses: frozenset[int] = RETRY_STATUSES
    methods: frozenset[str] = SAFE_METHODS
    respect_rate_limit: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)
    wall_clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)
    jitter: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    @classmethod
    def off(cls) -> RetryPolicy:
        """No retries at all (timeouts and errors still apply)."""
        return cls(max_retries=0)

    def replace(self, **changes: Unpack[RetryChanges]) -> RetryPolicy:
        """A copy with some settings changed, e.g. ``policy.replace(max_retries=10)``; another name than a
        field's is a ``TypeError`` naming the closest one."""
        check_keywords(changes, RetryChanges.__optional_keys__, RetryPolicy.replace)
        return dataclasses.replace(self, **changes)

    def is_safe(self, method: str, repeatable: bool = False) -> bool:
        """Whether a request may be sent again after it reached the server: its method is one of
        ``methods``, or its operation is declared ``retry-safe`` in the registry (``repeatable``)."""
        return repeatable or method.upper() in self.methods

    # --- decisions --------------------------------------------------------------------------------

    def backoff_delay(self, attempt: int) -> float:
        return self.jitter() * min(self.max_backoff, self.backoff * (2.0**attempt))

    def server_delay(self, headers: httpx.Headers) -> float | None:
        """How long the server asked us to wait: ``Retry-After``, else a rate-limit reset; ``None``: no hint."""
        hint = retry_after_seconds(headers, self.wall_clock)
        if hint is None and self.respect_rate_limit:
            hint = rate_limit_reset(headers, self.wall_clock)
        return hint

    def delay_for_response(self, attempt: int, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` when it must not be retried."""
        if attempt >= self.max_retries or response.status_code not in self.statuses:
            return None
        hint = self.server_delay(response.headers)
        if hint is None and response.status_code == 429 and self.respect_rate_limit:
            hint = _number(response.headers.get("x-ratelimit-period"))  # the window restarts within a period
        if hint is not None:
            return hint if hint <= self.max_wait else None
        return self.backoff_delay(attempt)

    def delay_for_error(self, attempt: int, error: Exception, safe: bool) -> float | None:
        if attempt >= self.max_retries or not isinstance(error, _RETRYABLE_ERRORS):
            return None
        if not safe and not isinstance(error, _NEVER_SENT):
            return None
        return self.backoff_delay(attempt)


class RetryChanges(TypedDict, total=False):
    """The fields of :class:`RetryPolicy`, as keywords of ``policy.replace(...)`` and ``client.with_options(...)``."""

    max_retries: int
    backoff: float
    max_backoff: float
    max_wait: float
    budget: float
    statuses: frozenset[int]
    methods: frozenset[str]
    respect_rate_limit: bool
    sleep: Callable[[float], None]
    async_sleep: Callable[[float], Awaitable[None]]
    clock: Callable[[], float]
    wall_clock: Callable[[], float]
    jitter: Callable[[], float]


def rate_limit_reset(headers: httpx.Headers, wall_clock: Callable[[], float] = time.time) -> float | None:
    """Seconds until the rate-limit window resets, from ``X-RateLimit-Reset`` (seconds or a Unix time)."""
    reset = _number(headers.get("x-ratelimit-reset"))
    if reset is None:
        return None
    if reset > 1_000_000_000:  # an absolute Unix time, not a delta
        reset -= wall_clock()
    return max(0.0, reset)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


class RateLimitGate:
    """Shared by every request of a client: when the server says the quota is used up
    (``X-RateLimit-Remaining: 0``), later requests wait for the window to reset instead of earning a 429 —
    which matters most for requests that may not be retried, like a POST that creates an order.

    The window end comes from ``X-RateLimit-Reset`` or, as Booqable sends it, ``X-RateLimit-Period``.
    """

    def __init__(self) -> None:
        self._until = 0.0
        self._lock = threading.Lock()

    def observe(self, response: httpx.Response, policy: RetryPolicy) -> None:
        # ``in`` first: a missing header is the common case, and ``Headers.get`` pays for a KeyError to say so
        if not policy.respect_rate_limit or "x-ratelimit-remaining" not in response.headers:
            return
        if _number(response.headers.get("x-ratelimit-remaining")) != 0:
            return
        wait = rate_limit_reset(response.headers, policy.wall_clock)
        if wait is None:
            wait = _number(response.headers.get("x-ratelimit-period"))
        if wait is not None and wait > 0:
            with self._lock:
                self._until = max(self._until, policy.clock() + min(wait, policy.max_wait))

    def wait_needed(self, policy: RetryPolicy) -> float:
        if not policy.respect_rate_limit:
            return 0.0
        return max(0.0, self._until - policy.clock())


@dataclass(frozen=True)
class RetryContext:
    """What the retrying transport needs to know about one request."""

    policy: RetryPolicy
    safe: bool
    """Whether repeating the request cannot apply it twice (:meth:`RetryPolicy.is_safe`)."""
    buffer: bool = True
    """Read the body inside the retry loop, so a connection that breaks mid-body is retried too. Off for
    ``client.stream(...)``, whose caller reads the body."""
    max_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
    """The most a body may hold once decompressed (``max_response_bytes``; ``None``: no limit)."""


_DEADLINE_SHARE: Final = 0.5
"""A backoff may take at most this share of what the call has left: the retry needs the rest to be answered."""


class _Attempts:
    """The bookkeeping of one request's retries, shared by the sync and async transports."""

    __slots__ = ("attempt", "deadline", "policy", "request", "safe")

    def __init__(self, request: httpx.Request, context: RetryContext) -> None:
        self.request = request
        self.policy = policy = context.policy
        self.safe = context.safe
        self.attempt = 0
        self.deadline = policy.clock() + policy.budget

    def begin(self, gate: RateLimitGate, sockets_bounded: bool) -> float:
        """Ready the request for its next attempt (of this hop): a fresh single-use credential for a retry (see
        :data:`RESEND_EXTENSION`), the credential rules, the deadline's cut of the phase timeouts. Returns the
        rate-limit wait to make first, refused as a timeout when the quota resets after the call's deadline."""
        request = self.request
        if self.attempt:
            hook = request.extensions.get(RESEND_EXTENSION)
            if callable(hook):
                hook(request)
        guard_hop(request)
        clamp_phases(request, sockets_bounded=sockets_bounded)
        wait = gate.wait_needed(self.policy)
        if wait > 0:
            call = current()
            if call is not None and wait >= call.remaining():
                raise DeadlineExceeded(
                    f"the rate limit resets in {wait:.1f} s, after the call's {call.seconds:g} s timeout ran out",
                    request=request,
                )
        return wait

    def _within_budget(self, delay: float) -> float | None:
        """``delay`` when waiting it still leaves time to try again: within the retry budget and well inside
        the call's deadline (a retry that could not even start would only turn the answer into a timeout)."""
        if self.policy.clock() + delay > self.deadline:
            return None
        call = current()
        if call is not None and delay >= call.remaining() * _DEADLINE_SHARE:
            return None
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        if not self.safe:
            return None
        delay = self.policy.delay_for_response(self.attempt, response)
        return None if delay is None else self._next(delay, "answered", response.status_code)

    def after_error(self, error: Exception) -> float | None:
        delay = self.policy.delay_for_error(self.attempt, error, self.safe)
        return self._next(delay, "failed", f"({type(error).__name__})")

    def _next(self, delay: float | None, outcome: str, detail: object) -> float | None:
        """The wait before the next attempt (``None``: no more attempts), logged and counted."""
        delay = None if delay is None else self._within_budget(delay)
        if delay is not None:
            method, path, attempt = self.request.method, self.request.url.path, self.attempt + 1
            logger.info("%s %s %s %s; retry %d in %.2fs", method, path, outcome, detail, attempt, delay)
            self.attempt += 1
        return delay


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport; retries as the request's :class:`RetryPolicy` says (no policy: one attempt)."""

    def __init__(
        self, transport: httpx.BaseTransport, gate: RateLimitGate | None = None, *, sockets_bounded: bool = False
    ) -> None:
        self.transport = transport
        self.gate = gate or RateLimitGate()
        self.sockets_bounded = sockets_bounded
        """Whether ``transport`` bounds its socket operations by the deadline itself (``_deadline.install``)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        context = request.extensions.get(RETRY_EXTENSION)
        if not isinstance(context, RetryContext):  # no policy: one attempt, under the same rules
            guard_hop(request)
            clamp_phases(request, sockets_bounded=self.sockets_bounded)
            response = self.transport.handle_request(request)
            bound_body(response, request, DEFAULT_MAX_RESPONSE_BYTES)
            return response
        attempts = _Attempts(request, context)
        policy = attempts.policy
        while True:
            wait = attempts.begin(self.gate, self.sockets_bounded)
            if wait > 0:
                policy.sleep(wait)
                clamp_phases(request, sockets_bounded=self.sockets_bounded)
            try:
                response = self.transport.handle_request(request)
                bound_body(response, request, context.max_bytes)
                if context.buffer:
                    try:
                        response.read()
                    finally:
                        response.close()
            except httpx.TransportError as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
                policy.sleep(delay)
                continue
            self.gate.observe(response, policy)
            delay = attempts.after_response(response)
            if delay is None:
                return response
            response.close()
            policy.sleep(delay)

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport` (same policy, same decisions, ``async_sleep``)."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, gate: RateLimitGate | None = None, *, sockets_bounded: bool = False
    ) -> None:
        self.transport = transport
        self.gate = gate or RateLimitGate()
        self.sockets_bounded = sockets_bounded
        """Whether ``transport`` bounds its socket operations by the deadline itself (``_deadline.install``)."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        context = request.extensions.get(RETRY_EXTENSION)
        if not isinstance(context, RetryContext):  # no policy: one attempt, under the same rules
            guard_hop(request)
            clamp_phases(request, sockets_bounded=self.sockets_bounded)
            response = await self.transport.handle_async_request(request)
            bound_body(response, request, DEFAULT_MAX_RESPONSE_BYTES)
            return response
        attempts = _Attempts(request, context)
        policy = attempts.policy
        while True:
            wait = attempts.begin(self.gate, self.sockets_bounded)
            if wait > 0:
                await policy.async_sleep(wait)
                clamp_phases(request, sockets_bounded=self.sockets_bounded)
            try:
                response = await self.transport.handle_async_request(request)
                bound_body(response, request, context.max_bytes)
                if context.buffer:
                    try:
                        await response.aread()
                    finally:
                        await response.aclose()
            except httpx.TransportError as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
                await policy.async_sleep(delay)
                continue
            self.gate.observe(response, policy)
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await response.aclose()
            await policy.async_sleep(delay)

    async def aclose(self) -> None:
        await self.transport.aclose()


def wrap_transports(client: httpx.Client | httpx.AsyncClient) -> None:
    """Put the retry wrapper around every transport an httpx client built (its default one and any mounts,
    proxies included), so ``verify``, ``limits``, ``proxy``, ``transport=`` ... keep working as in httpx; and
    the deadline under the transports httpx built itself (``_deadline.install``); the exchange log around them."""
    gate = RateLimitGate()
    sync = isinstance(client, httpx.Client)

    def wrap(transport: Any) -> Any:  # outermost the log (``_logging.py``): it sees what retries end with
        bounded = install(transport)
        if sync:
            return LoggedTransport(RetryTransport(transport, gate, sockets_bounded=bounded))
        return AsyncLoggedTransport(AsyncRetryTransport(transport, gate, sockets_bounded=bounded))

    client._transport = wrap(client._transport)
    client._mounts = {
        pattern: None if transport is None else wrap(transport) for pattern, transport in client._mounts.items()
    }
