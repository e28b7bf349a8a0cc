"""Bearer tokens handled once for every vendor: a cache with an expiry margin, one token request however
many threads or asyncio tasks need a token at once, a refresh and a single replay on 401, and secrets that
never show up in a repr, a log line or an exception message.

The token request is yielded from the ``httpx.Auth`` flow, so it goes through the same client (transport,
timeouts, proxies, retries) as the API calls, sync or async, and within the same call deadline: a token
endpoint that never answers cannot hold the call, nor the requests waiting for the single-flight lock, past
their own timeouts. It never follows a redirect (``_credentials.py``). The flow itself is one generator
(:meth:`TokenAuth._flow`); the sync and async drivers only differ in the lock they take around a fetch, and
send a fresh cached token straight away, without running the flow.
"""

from __future__ import annotations

import builtins
import dataclasses
import hmac
import re
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._credentials import TOKEN_ENDPOINT_EXTENSION, endpoint_of, mask_sent_secrets, unsendable
from ._deadline import current
from ._errors import AuthenticationError, TimeoutError
from ._fork import generation
from ._logging import logger
from ._retry import RETRY_EXTENSION, RetryContext

if TYPE_CHECKING:
    import asyncio

__all__ = ["Secret"]

Clock = Callable[[], float]
"""Seconds on some monotonic scale; injected by tests to move time without sleeping."""

_MASK: Final = "********"


class Secret:
    """A string that never shows itself: ``repr``, ``str`` and f-strings print a mask; ``reveal()`` gives it.

    Wrapping credentials at the boundary means a debugger, a log call or a traceback that prints the object
    holding them cannot leak them by accident.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError(f"a secret must be a string, not {type(value).__name__}")
        self._value = value

    def reveal(self) -> str:
        """The actual value; call it only where the value goes on the wire."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{_MASK}')"

    def __str__(self) -> str:
        return _MASK

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)


def reveal(value: str | Secret) -> str:
    """The plain value of a string or a :class:`Secret`."""
    return value.reveal() if isinstance(value, Secret) else value


@dataclass(frozen=True, repr=False)
class Token:
    """An access token and when to stop using it (on the auth's clock; ``None``: until the server says 401)."""

    value: Secret
    expires_at: float | None = None
    token_type: str = "Bearer"  # noqa: S105 - the scheme name, not a credential

    def fresh(self, now: float) -> bool:
        return self.expires_at is None or now < self.expires_at

    def __repr__(self) -> str:
        return f"Token(value={self.value!r}, token_type={self.token_type!r}, expires_at={self.expires_at!r})"


class StaticAuth(httpx.Auth):
    """An auth whose credentials are fixed: stamped on every request, nothing to fetch, cache or renew."""

    def stamp(self, request: httpx.Request) -> None:
        """Put the credentials on ``request``."""
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.stamp(request)
        yield request


class BearerTokenAuth(StaticAuth):
    """A long-lived token the caller already has (e.g. a Booqable access token), sent as ``Bearer``."""

    def __init__(self, token: str | Secret) -> None:
        self._token = Secret(token)

    def stamp(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = f"Bearer {self._token.reveal()}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={self._token!r})"


class _Lock:
    """A step of the flow: take the single-flight lock before looking at the cache again."""


class _Unlock:
    """A step of the flow: the cache is filled; let the waiting requests read it."""


@dataclass(frozen=True)
class _Fetch:
    """A step of the flow: send a token request; the driver reads its body before handing it back."""

    request: httpx.Request


_LOCK: Final = _Lock()
_UNLOCK: Final = _Unlock()
_Step = httpx.Request | _Fetch | _Lock | _Unlock
_Flow = Generator[_Step, httpx.Response | None, None]


def _token_request(fetch: httpx.Request, api_request: httpx.Request) -> httpx.Request:
    """The token request, marked as one and retried like the API request that needs it. Asking for a token
    twice is harmless, so it is retried whatever its method: a token endpoint that answers 503 or drops a
    connection once does not fail the call."""
    extensions: dict[str, Any] = {**fetch.extensions, TOKEN_ENDPOINT_EXTENSION: endpoint_of(fetch.url)}
    context = api_request.extensions.get(RETRY_EXTENSION)
    if isinstance(context, RetryContext):
        extensions[RETRY_EXTENSION] = dataclasses.replace(context, safe=True, buffer=True)
    fetch.extensions = extensions
    return fetch


def _advance(flow: _Flow, reply: httpx.Response | None) -> _Step | None:
    """The flow's next step after ``reply`` (``None``: the flow is done)."""
    try:
        return flow.send(reply)
    except StopIteration:
        return None


def _outgoing(step: httpx.Request | _Fetch, api_request: httpx.Request) -> httpx.Request:
    """What a step sends: the API request itself, or a token request marked and retried as one."""
    return _token_request(step.request, api_request) if isinstance(step, _Fetch) else step


_OAUTH_ERROR_CODE = re.compile(r"[a-z][a-z0-9_]{0,63}")


class TokenAuth(httpx.Auth):
    """Base of every auth that obtains a bearer token from a token endpoint.

    Subclasses say how to ask (:meth:`token_request`) and, when the endpoint is not plain OAuth 2.0, how to
    read the answer (:meth:`parse_token`) and what else each request carries (:meth:`prepare`).

    - The token is fetched lazily, on the first request, and reused until ``margin`` seconds before it
      expires (never less than half its lifetime, so short-lived tokens are still reused).
    - Threads share one lock and the tasks of an event loop one ``asyncio.Lock``: whoever gets it first
      fetches, the others find the fresh token in the cache.
    - A 401 answer drops the token it was sent with, fetches a new one (unless another request already
      did) and replays the request once; a second 401 is returned to the caller.
    """

    requires_request_body = True  # a replayed request must be sent with its body again

    def __init__(
        self,
        *,
        margin: float = 30.0,
        default_lifetime: float | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        self.margin = margin
        self.default_lifetime = default_lifetime
        self._clock = clock
        self._token: Token | None = None
        self._thread_lock = threading.Lock()
        self._async_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None
        self._async_lock_guard = threading.Lock()
        self._made_in = generation()

    # --- what subclasses provide -------------------------------------------------------------------

    def token_request(self) -> httpx.Request:
        """The request that obtains a new token."""
        raise NotImplementedError

    def prepare(self, request: httpx.Request, token: Token) -> None:
        """Put the token (and anything else every request needs) on an outgoing API request."""
        request.headers["Authorization"] = f"Bearer {token.value.reveal()}"

    def parse_token(self, response: httpx.Response, issued_at: float) -> Token:
        """Read an OAuth 2.0 token response (RFC 6749 §5.1): ``access_token``, ``expires_in``, ``token_type``."""
        endpoint = endpoint_of(response.request.url)
        if not response.is_success:
            raise _auth_error(endpoint, response, _server_explanation(response))
        try:
            payload = response.json()
        except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep, a number too long
            raise _auth_error(endpoint, response, "the answer is not JSON that can be read") from None
        value = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(value, str) or not value:
            raise _auth_error(endpoint, response, "the answer has no access_token")
        reason = unsendable(value, header=True)
        if reason is not None:
            raise _auth_error(endpoint, response, f"the access_token it issued {reason}")
        lifetime = _seconds(payload.get("expires_in"))
        if lifetime is None:
            lifetime = self.default_lifetime
        expires_at = None if lifetime is None else issued_at + max(lifetime - self.margin, lifetime / 2)
        logger.debug("token from %s, valid for %s s", endpoint, lifetime)
        return Token(Secret(value), expires_at=expires_at)

    def should_refresh(self, response: httpx.Response) -> bool:
        """Whether an API answer means the token was refused (then it is renewed once and the call replayed)."""
        return response.status_code == 401

    # --- the cache -----------------------------------------------------------------------------------

    @property
    def token(self) -> Token | None:
        """The cached token, fresh or not (``None`` before the first request)."""
        return self._token

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._token = None

    def _usable(self, stale: Token | None) -> Token | None:
        current = self._token
        if current is not None and current is not stale and current.fresh(self._clock()):
            return current
        return None

    # --- the flow, one generator for sync and async ---------------------------------------------------

    def _obtain(self, stale: Token | None) -> Generator[_Step, httpx.Response | None, Token]:
        """A usable token: the cached one, or one fetched under the lock (checking the cache again first)."""
        token = self._usable(stale)
        if token is not None:
            return token
        yield _LOCK
        token = self._usable(stale)
        if token is None:
            issued_at = self._clock()
            response = yield _Fetch(self.token_request())
            if response is None:
                raise RuntimeError("the auth driver did not send back the token response")
            token = self.parse_token(response, issued_at)
            self._token = token
        yield _UNLOCK
        return token

    def _flow(self, request: httpx.Request) -> _Flow:
        token = yield from self._obtain(stale=None)
        self.prepare(request, token)
        response = yield request
        if response is not None and self.should_refresh(response):
            yield from self._replay(request, token)

    def _replay(self, request: httpx.Request, refused: Token) -> _Flow:
        """After a 401: a new token (unless another request renewed it already), then the request once more."""
        logger.debug("%s %s was refused with 401: renewing the token, replaying once", request.method, request.url.path)
        token = yield from self._obtain(stale=refused)
        self.prepare(request, token)
        yield request

    # A fresh cached token (nearly every call) is sent by the drivers themselves; the flow runs only to fetch a
    # token or to renew one after a 401.

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.requires_request_body:
            request.read()
        token = self._usable(None)
        if token is None:
            flow = self._flow(request)
        else:
            self.prepare(request, token)
            response = yield request
            if not self.should_refresh(response):
                return
            flow = self._replay(request, token)
        held = False
        try:
            step = _advance(flow, None)
            while step is not None:
                reply: httpx.Response | None = None
                if isinstance(step, _Lock):
                    deadline = current()
                    wait = -1.0 if deadline is None else max(0.0, deadline.remaining())
                    if not self._locks().acquire(timeout=wait):
                        raise _lock_timeout(request)
                    held = True
                elif isinstance(step, _Unlock):
                    held = False
                    self._thread_lock.release()
                else:
                    reply = yield _outgoing(step, request)
                    if isinstance(step, _Fetch):
                        reply.read()
                step = _advance(flow, reply)
        finally:
            if held:
                self._thread_lock.release()
            flow.close()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self.requires_request_body:
            await request.aread()
        token = self._usable(None)
        if token is None:
            flow = self._flow(request)
        else:
            self.prepare(request, token)
            response = yield request
            if not self.should_refresh(response):
                return
            flow = self._replay(request, token)
        held: asyncio.Lock | None = None
        try:
            step = _advance(flow, None)
            while step is not None:
                reply: httpx.Response | None = None
                if isinstance(step, _Lock):
                    lock = self._loop_lock()
                    await _acquire_within_deadline(lock, request)
                    held = lock
                elif isinstance(step, _Unlock):
                    if held is not None:
                        held.release()
                    held = None
                else:
                    reply = yield _outgoing(step, request)
                    if isinstance(step, _Fetch):
                        await reply.aread()
                step = _advance(flow, reply)
        finally:
            if held is not None:
                held.release()
            flow.close()

    def _locks(self) -> threading.Lock:
        """The thread lock, made anew in a child after ``os.fork()`` (with the async ones): a lock another thread
        of the parent held at the fork would never be released in the child (``_fork.py``)."""
        if self._made_in != generation():
            self._made_in = generation()
            self._thread_lock, self._async_lock_guard, self._async_lock = threading.Lock(), threading.Lock(), None
        return self._thread_lock

    def _loop_lock(self) -> asyncio.Lock:
        """The lock of the running event loop (an ``asyncio.Lock`` cannot be shared between loops)."""
        import asyncio  # here, not at module level: importing asyncio costs sync users ~10 ms

        loop = asyncio.get_running_loop()
        self._locks()
        with self._async_lock_guard:
            if self._async_lock is None or self._async_lock[0] is not loop:
                self._async_lock = (loop, asyncio.Lock())
            return self._async_lock[1]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={self._token!r})"


def _lock_timeout(request: httpx.Request) -> TimeoutError:
    deadline = current()
    seconds = f"{deadline.seconds:g} s " if deadline is not None else ""
    return TimeoutError(
        f"{request.method} {request.url.path} timed out waiting for another request's token fetch: "
        f"the call's {seconds}timeout ran out",
        request=request,
        limit="call",
    )


async def _acquire_within_deadline(lock: asyncio.Lock, request: httpx.Request) -> None:
    """Take ``lock`` unless the call's deadline passes first."""
    import asyncio

    deadline = current()
    if deadline is None:
        await lock.acquire()
        return
    try:
        async with asyncio.timeout(max(0.0, deadline.remaining())):
            await lock.acquire()
    except builtins.TimeoutError:
        raise _lock_timeout(request) from None


def _seconds(value: Any) -> float | None:
    """``expires_in`` as a number of seconds (some servers send it as a string); ``None`` when absent."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError, OverflowError):  # not a number, or one past any float: as if absent
        return None
    return seconds if 0 < seconds < _FOREVER else None


_FOREVER: Final = 10.0 * 365 * 24 * 3600
"""An ``expires_in`` of ten years or more (``inf``, ``1e400``) is no lifetime: treated as absent."""


def _server_explanation(response: httpx.Response) -> str | None:
    """What a refusing token endpoint said: the RFC 6749 ``error`` code with its ``error_description``, or a
    ``message`` (PlanningPME's "Invalid application key."), or a short plain-text body; with every credential the
    request carried masked (``mask_sent_secrets``), on one line, cut at 200 characters."""
    try:
        payload = response.json()
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deep: maybe a short text
        text = response.content.decode("utf-8", errors="replace").strip()
        payload = text if text and not text.startswith("<") else None  # not an HTML error page
    parts: list[str] = []
    if isinstance(payload, dict):
        code = payload.get("error")
        if isinstance(code, str) and _OAUTH_ERROR_CODE.fullmatch(code):
            parts.append(code)
        for key in ("error_description", "message", "Message", "detail", "title"):
            value = payload.get(key)
            if isinstance(value, str) and value.strip() and value not in parts:
                parts.append(value)
    elif isinstance(payload, str):
        parts.append(payload)
    if not parts:
        return None
    line = " ".join(mask_sent_secrets(" - ".join(parts), response.request).split())
    return line if len(line) <= _EXPLANATION_LIMIT else line[: _EXPLANATION_LIMIT - 3] + "..."


_EXPLANATION_LIMIT = 200


def _auth_error(endpoint: str, response: httpx.Response, detail: str | None) -> AuthenticationError:
    """The error for a token answer that cannot be used. A 2xx answer's body is not kept: it may hold the
    token that was issued (a refusal's body is kept, for what the server said)."""
    message = f"token request to {endpoint} failed with HTTP {response.status_code}"
    if detail:
        message += f": {detail}"
    if response.is_success:
        response = httpx.Response(response.status_code, headers=response.headers, request=response.request)
    return AuthenticationError(message, endpoint=endpoint, status=response.status_code, response=response)
