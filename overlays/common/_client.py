"""``ApiClient``: the generated ``Client`` with default timeouts, retries, typed errors and pagination.

It is a subclass of the generated ``Client``, so every generated operation module accepts it unchanged
(``list_things.sync(client=api_client)``). What it adds lives in the httpx clients it builds:

- ``send`` is overridden to raise a typed :class:`ApiError` for every final answer >= 400 — after the auth
  flow had its chance to renew a token and replay a 401, which an httpx response event hook would not see —
  and to turn httpx network exceptions into :class:`ConnectionError` / :class:`TimeoutError`;
- ``send`` also opens the call's deadline (``_deadline.py``): ``timeout`` bounds the whole call, token request,
  attempts and backoff waits included;
- each request carries its :class:`RetryPolicy` (and whether it is safe to repeat, as
  :meth:`RetryPolicy.is_safe` decides) and its home URL in ``request.extensions``, where the wrapping
  transports pick them up.

``with_options`` gives a client with other settings that shares the connection pool and the auth (and so the
token cache) of the original; closing it does not close the original.

The options ``build`` (and so every ``connect``) takes are the keys of :class:`ClientOptions`, checked by the
type checkers and, at run time, at once (``_keywords.py``). In a child process after ``os.fork()`` the client
builds new httpx clients on first use (``_fork.py``).
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Callable, Mapping
from types import EllipsisType
from typing import TYPE_CHECKING, Any, Final, Self, TypedDict, TypeVar, Unpack

import httpx
from attrs import define, evolve, field

from ..client import Client
from ._bodies import DEFAULT_MAX_RESPONSE_BYTES
from ._credentials import HOME_EXTENSION, TOKEN_ENDPOINT_EXTENSION, RedirectRefused, check_headers, redact_request
from ._deadline import Deadline, DeadlineExceeded, begin, end, limit_of
from ._errors import (
    ApiError,
    AuthenticationError,
    ConnectionError,
    ErrorParser,
    InvalidRequestError,
    MalformedResponseError,
    TimeoutError,
    TransportError,
    error_for_response,
    parse_json_body,
)
from ._fork import generation
from ._keywords import check_keywords
from ._operations import OPERATION_EXTENSION, PACKAGE, operation_info
from ._options import CAPTURE, QueryValue, refuse_credentials
from ._retry import RETRY_EXTENSION, RetryChanges, RetryContext, RetryPolicy, wrap_transports

if TYPE_CHECKING:
    import ssl
    from types import ModuleType

    from ._pagination import AsyncPaginator, Paginator

__all__ = ["DEFAULT_TIMEOUT", "ApiClient", "ClientOptions"]

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
"""Every client has a timeout unless told otherwise: a hung server must not hang the caller for ever. 30 s
bound the whole call (see :meth:`ApiClient.build`); each connection attempt gets at most 10 s of it."""


class ClientOptions(TypedDict, total=False):
    """Everything ``connect(...)`` (and :meth:`ApiClient.build`) takes besides the address and the credentials.

    ``timeout``, ``attempt_timeout``, ``retry``, ``error_parser``: see :meth:`ApiClient.build`. ``headers``:
    sent with every request (no line breaks). ``max_response_bytes``: the most a body may hold once
    decompressed (default :data:`DEFAULT_MAX_RESPONSE_BYTES`; ``None``: no limit). The rest go to
    ``httpx.Client`` / ``httpx.AsyncClient`` as they are.
    """

    headers: Mapping[str, str]
    timeout: float | httpx.Timeout | None
    attempt_timeout: float | httpx.Timeout | None
    retry: RetryPolicy | bool | None
    error_parser: ErrorParser | None
    max_response_bytes: int | None
    params: Mapping[str, str | int | float | bool]
    cookies: dict[str, str]
    verify: ssl.SSLContext | str | bool
    cert: str | tuple[str, str] | tuple[str, str, str]
    trust_env: bool
    http1: bool
    http2: bool
    proxy: str | httpx.URL | httpx.Proxy | None
    mounts: Mapping[str, httpx.BaseTransport | httpx.AsyncBaseTransport | None]
    follow_redirects: bool
    limits: httpx.Limits
    max_redirects: int
    event_hooks: Mapping[str, list[Callable[..., Any]]]
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport
    default_encoding: str | Callable[[bytes], str]


CLIENT_OPTIONS: Final = ClientOptions.__optional_keys__
"""The names :class:`ClientOptions` declares, for the run-time check of ``connect``'s keywords."""


def spec_error_parser(response: httpx.Response) -> Any:
    """Parse an error body into the model the spec documents for that operation and status.

    Falls back to plain JSON (or text) when the request did not come from a generated operation, the status
    is not documented, or the body does not match its schema.
    """
    try:
        info = operation_info(response.request)
    except RuntimeError:
        info = None
    if info is not None:
        module = importlib.import_module(f"{PACKAGE}.{info['module']}")
        parse: Callable[..., Any] | None = getattr(module, "_parse_response", None)
        if parse is not None:
            try:
                parsed = parse(client=None, response=response)
            except ApiError:  # undocumented status or malformed body: keep the plain JSON
                parsed = None
            if parsed is not None:
                return parsed
    return parse_json_body(response)


_PHASES: Final = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


_H = TypeVar("_H", bound="_Hooks")


class _Hooks:
    """What the sync and async httpx clients share: annotate each request, translate each outcome."""

    error_parser: ErrorParser
    owner: bool
    _retry_policy: RetryPolicy
    _contexts: dict[tuple[str, object, bool], RetryContext]
    """The retry context of each (method, operation module, streamed) seen, so a request is judged only once."""
    call_limit: float | None
    """Seconds the whole call may take (``timeout``); ``None``: no bound beyond the phase timeouts."""
    max_response_bytes: int | None
    """The most a response body may hold once decompressed (``None``: no limit)."""

    def __init__(
        self,
        *,
        retry: RetryPolicy,
        error_parser: ErrorParser,
        call_limit: float | None,
        max_response_bytes: int | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)  # httpx.Client or httpx.AsyncClient, next in the method order
        self.retry, self.error_parser, self.owner, self.call_limit = retry, error_parser, True, call_limit
        self.max_response_bytes = max_response_bytes
        assert isinstance(self, httpx.Client | httpx.AsyncClient)
        wrap_transports(self)

    @property
    def retry(self) -> RetryPolicy:
        return self._retry_policy

    @retry.setter
    def retry(self, policy: RetryPolicy) -> None:
        self._retry_policy = policy
        self._contexts = {}

    def _annotate(self, request: httpx.Request, stream: bool) -> None:
        """Mark ``request`` for the transports: its retry context and its home URL (the origin its credentials
        belong to)."""
        module = request.extensions.get(OPERATION_EXTENSION)
        key = (request.method, module if isinstance(module, str) else None, stream)
        context = self._contexts.get(key)
        if context is None:
            info = operation_info(request)
            safe = self._retry_policy.is_safe(request.method, bool(info["repeatable"]) if info is not None else False)
            context = self._contexts[key] = RetryContext(
                self._retry_policy, safe, buffer=not stream, max_bytes=self.max_response_bytes
            )
        request.extensions = {**request.extensions, RETRY_EXTENSION: context, HOME_EXTENSION: request.url}

    @staticmethod
    def _transport_error(request: httpx.Request, exc: httpx.RequestError, deadline: Deadline | None) -> ApiError:
        try:
            failed = exc.request  # the token request, when that is what failed
        except RuntimeError:
            failed = request
        exc.request = redact_request(failed)  # the cause stays reachable as __cause__: keep no secret in it
        safe_request = redact_request(request)
        endpoint = failed.extensions.get(TOKEN_ENDPOINT_EXTENSION)
        what = f"token request to {endpoint}" if isinstance(endpoint, str) else f"{request.method} {request.url.path}"
        limit: str | None
        if isinstance(exc, httpx.TimeoutException):
            if isinstance(exc, DeadlineExceeded):
                limit, reason = "call", str(exc)
            elif deadline is not None and deadline.expired():
                limit, reason = "call", f"the call's {deadline.seconds:g} s timeout ran out (it bounds retries too)"
            else:
                limit = _PHASES.get(type(exc))
                reason = f"the {limit or 'network'} timeout of one attempt ran out"
            return TimeoutError(f"{what} timed out: {reason}", request=safe_request, limit=limit)
        if isinstance(exc, RedirectRefused):
            return AuthenticationError(str(exc), endpoint=str(endpoint))
        if isinstance(endpoint, str):
            message = f"token request to {endpoint} failed with no answer ({type(exc).__name__})"
            return AuthenticationError(message, endpoint=endpoint)
        if isinstance(exc, httpx.LocalProtocolError):  # h11 refused what we would send: its text may hold it
            _withhold(exc)
            return InvalidRequestError(f"{what} could not be sent: a header is not valid HTTP", request=safe_request)
        if isinstance(exc, httpx.TransportError):
            return ConnectionError(f"{what} failed: {type(exc).__name__}: {exc}", request=safe_request)
        if isinstance(exc, httpx.DecodingError):
            return MalformedResponseError(f"{what}: the body could not be decoded: {exc}", response=_empty(request))
        return TransportError(f"{what} failed: {type(exc).__name__}: {exc}", request=safe_request)

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        try:
            request: httpx.Request = super().build_request(method, url, **kwargs)  # type: ignore[misc]
            return request
        except httpx.InvalidURL as exc:  # a URL too long, a character no URL may hold: a typed error, at once
            raise _refuse_url(method, exc) from None

    def _fork(self, retry: RetryPolicy, timeout: httpx.Timeout | None, call_limit: float | None) -> Self:
        clone = copy.copy(self)
        clone.retry = retry
        clone.owner = False
        clone.call_limit = call_limit
        if isinstance(clone, httpx.Client | httpx.AsyncClient):
            clone.headers = clone.headers.copy()  # a derived client's header changes stay its own
            if timeout is not None:
                clone.timeout = timeout
        return clone


def _withhold(exc: BaseException) -> None:
    """Replace the text of ``exc`` and of its causes (an illegal header value, quoted) with a neutral one."""
    while exc is not None:
        exc.args = (f"{type(exc).__name__} (text withheld: it may quote a credential)",)
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]


def _refuse_url(method: str, exc: httpx.InvalidURL) -> InvalidRequestError:
    return InvalidRequestError(f"{method.upper()} request refused before sending: {exc}")


def _empty(request: httpx.Request) -> httpx.Response:
    return httpx.Response(0, request=request)


class _HttpxClient(_Hooks, httpx.Client):
    """``httpx.Client`` that retries (through its transports) and raises typed errors."""

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        # One call: annotated for the transports, bounded by ``timeout``, its httpx errors made typed ones (a
        # try/finally, not a context manager: this runs on every call).
        self._annotate(request, stream)
        deadline, token = begin(self.call_limit)
        try:
            response = super().send(request, stream=stream, **kwargs)
            if response.status_code >= 400:  # a streamed error body is read now: the error keeps it
                try:
                    response.read()
                finally:
                    response.close()
        except httpx.RequestError as exc:
            raise self._transport_error(request, exc, deadline) from exc
        finally:
            end(token)
        if response.status_code >= 400:
            raise error_for_response(response, self.error_parser)
        seen = CAPTURE.get()
        if seen is not None:  # a ``with_raw_response`` call keeps its answers
            seen.append(response)
        return response

    def close(self) -> None:
        if self.owner:
            super().close()

    def __enter__(self) -> Self:
        return super().__enter__() if self.owner else self

    def __exit__(self, *args: Any) -> None:
        if self.owner:
            super().__exit__(*args)


class _AsyncHttpxClient(_Hooks, httpx.AsyncClient):
    """``httpx.AsyncClient`` that retries (through its transports) and raises typed errors."""

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        self._annotate(request, stream)
        deadline, token = begin(self.call_limit)
        try:
            response = await super().send(request, stream=stream, **kwargs)
            if response.status_code >= 400:
                try:
                    await response.aread()
                finally:
                    await response.aclose()
        except httpx.RequestError as exc:
            raise self._transport_error(request, exc, deadline) from exc
        finally:
            end(token)
        if response.status_code >= 400:
            raise error_for_response(response, self.error_parser)
        seen = CAPTURE.get()
        if seen is not None:  # a ``with_raw_response`` call keeps its answers
            seen.append(response)
        return response

    async def aclose(self) -> None:
        if self.owner:
            await super().aclose()

    async def __aenter__(self) -> Self:
        return await super().__aenter__() if self.owner else self

    async def __aexit__(self, *args: Any) -> None:
        if self.owner:
            await super().__aexit__(*args)


def _timeouts(
    timeout: float | httpx.Timeout | None, attempt: float | httpx.Timeout | None = None
) -> tuple[httpx.Timeout, float | None]:
    """Per-attempt phase timeouts and the whole-call bound, from ``build``'s ``timeout``/``attempt_timeout``."""
    if isinstance(timeout, httpx.Timeout):
        phases, call = timeout, limit_of(timeout)
    else:
        connect = DEFAULT_TIMEOUT.connect if timeout is None else min(timeout, DEFAULT_TIMEOUT.connect or timeout)
        phases, call = httpx.Timeout(timeout, connect=connect), timeout
    if attempt is not None:
        phases = attempt if isinstance(attempt, httpx.Timeout) else httpx.Timeout(attempt)
    return phases, call


@define
class ApiClient(Client):
    """The generated ``Client`` plus default timeouts, retries, typed errors and pagination.

    Make one with :meth:`build` (or the package's ``connect``) and use it with ``with`` or ``async with``;
    pass it as ``client=`` to any generated operation, or to :meth:`paginate` / :meth:`apaginate`.
    """

    raise_on_unexpected_status: bool = field(default=True, kw_only=True)
    _retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True, alias="retry")
    _error_parser: ErrorParser = field(default=spec_error_parser, kw_only=True, alias="error_parser")
    _parent: ApiClient | None = field(default=None, kw_only=True, alias="parent", repr=False)
    _call_timeout: float | None = field(default=limit_of(DEFAULT_TIMEOUT), kw_only=True, alias="call_timeout")
    _max_response_bytes: int | None = field(
        default=DEFAULT_MAX_RESPONSE_BYTES, kw_only=True, alias="max_response_bytes"
    )
    _made_in: int = field(factory=generation, init=False, repr=False)
    """The fork generation (``_fork.py``) the httpx clients were made in."""

    @classmethod
    def build(
        cls,
        *,
        base_url: str,
        auth: httpx.Auth | None = None,
        **options: Unpack[ClientOptions],
    ) -> Self:
        """A client for ``base_url``.

        ``timeout``: how long one call may take in all — token request, every attempt, every backoff and
        rate-limit wait — in seconds (``None`` waits for ever; the default is 30 s, each connection attempt
        getting at most 10 s of it). A server that never answers or drips bytes cannot hold a call longer.
        ``attempt_timeout``: a limit for each attempt (seconds, or an ``httpx.Timeout`` per phase), so that a
        slow attempt leaves time for a retry within ``timeout``. An ``httpx.Timeout`` given as ``timeout``
        sets the attempts' phases, and its longest phase bounds the whole call.
        ``retry``: a :class:`RetryPolicy`, ``None`` for the default one, ``False`` for none.
        ``error_parser``: turns an error response into ``ApiError.body`` (default: the model the spec
        documents for that status, else JSON). ``max_response_bytes``: see :class:`ClientOptions`. Other
        keywords go to ``httpx.Client``/``AsyncClient`` (``verify``, ``cookies``, ``follow_redirects``,
        ``transport``, ``limits``, ``proxy``, ``event_hooks``...); an unknown one is a ``TypeError`` at once.
        """
        check_keywords(options, CLIENT_OPTIONS, cls.build)
        httpx_args: dict[str, Any] = dict(options)
        headers: Mapping[str, str] | None = httpx_args.pop("headers", None)
        timeout = httpx_args.pop("timeout", DEFAULT_TIMEOUT)
        attempt_timeout = httpx_args.pop("attempt_timeout", None)
        retry = httpx_args.pop("retry", None)
        error_parser = httpx_args.pop("error_parser", None)
        max_bytes = httpx_args.pop("max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1):
            raise ValueError("max_response_bytes must be a positive number of bytes, or None for no limit")
        check_headers("connect", headers)
        if retry is None or retry is True:
            policy = RetryPolicy()
        elif retry is False:
            policy = RetryPolicy.off()
        else:
            policy = retry
        if auth is not None:
            httpx_args["auth"] = auth
        phases, call = _timeouts(timeout, attempt_timeout)
        own: dict[str, Any] = {}
        for name, attribute in (("verify", "verify_ssl"), ("cookies", "cookies"), ("follow_redirects", None)):
            if name in httpx_args:
                own[attribute or name] = httpx_args.pop(name)
        return cls(
            base_url=base_url,
            headers=dict(headers or {}),
            timeout=phases,
            call_timeout=call,
            retry=policy,
            error_parser=error_parser or spec_error_parser,
            max_response_bytes=max_bytes,
            httpx_args=httpx_args,
            **own,
        )

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    def with_options(
        self,
        *,
        retry: RetryPolicy | bool | None = None,
        timeout: float | httpx.Timeout | EllipsisType | None = ...,
        attempt_timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, QueryValue] | None = None,
        **retry_changes: Unpack[RetryChanges],
    ) -> Self:
        """The same client with other retry or timeout settings, sharing this one's connections and auth.

        ``client.with_options(retry=False)`` turns retries off; ``client.with_options(max_retries=8)``
        changes one setting of the current policy (any field of :class:`RetryPolicy`; another name is a
        ``TypeError`` at once); ``client.with_options(timeout=120)`` for a slow export.
        ``extra_headers``/``extra_query`` are added to every request (never credentials: see ``_options.py``).
        Every method takes the same names for one call (``client.orders.get(id, timeout=5)``).
        """
        check_keywords(retry_changes, RetryChanges.__optional_keys__, type(self).with_options)
        refuse_credentials(extra_headers, extra_query)
        policy = self._retry
        if retry is False:
            policy = RetryPolicy.off()
        elif isinstance(retry, RetryPolicy):
            policy = retry
        if retry_changes:
            policy = policy.replace(**retry_changes)
        phases, call = self._timeout, self._call_timeout
        if not isinstance(timeout, EllipsisType):
            phases, call = _timeouts(timeout, attempt_timeout)
        elif attempt_timeout is not None:
            phases, _ = _timeouts(call, attempt_timeout)
        root = self._parent or self
        headers = {**self._headers, **extra_headers} if extra_headers else self._headers
        httpx_args = self._httpx_args
        if extra_query:
            httpx_args = {**httpx_args, "params": httpx.QueryParams(httpx_args.get("params")).merge(extra_query)}
        return evolve(
            self, retry=policy, timeout=phases, call_timeout=call, parent=root, headers=headers, httpx_args=httpx_args
        )

    def with_timeout(self, timeout: float | httpx.Timeout | None) -> Self:
        """Like :meth:`with_options` ``(timeout=...)``: a new client; this one keeps its timeout."""
        return self.with_options(timeout=timeout)

    # --- the httpx clients --------------------------------------------------------------------------

    def _settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "retry": self._retry,
            "error_parser": self._error_parser,
            "call_limit": self._call_timeout,
            "max_response_bytes": self._max_response_bytes,
            **self._httpx_args,
        }

    def _forked(self) -> None:
        """In a child after ``os.fork()``: forget the parent's httpx clients (their pooled sockets are the
        parent's) without closing them, so the next call builds new ones."""
        if self._made_in != generation():
            self._made_in = generation()
            self._client = self._async_client = None

    def get_httpx_client(self) -> httpx.Client:
        self._forked()
        if self._client is None:
            parent = None if self._parent is None else self._parent.get_httpx_client()
            self._client = self._own(_HttpxClient, parent)
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        self._forked()
        if self._async_client is None:
            parent = None if self._parent is None else self._parent.get_async_httpx_client()
            self._async_client = self._own(_AsyncHttpxClient, parent)
        return self._async_client

    def _own(self, kind: type[_H], parent: object) -> _H:
        """A new httpx client of ``kind``; for a client made by :meth:`with_options`, a fork of the parent's
        (its connection pool and auth) with this client's retry policy and timeouts."""
        if parent is None:
            return kind(**self._settings())
        assert isinstance(parent, kind)
        clone = parent._fork(self._retry, self._timeout, self._call_timeout)
        if isinstance(clone, httpx.Client | httpx.AsyncClient):  # a derived client's own headers and query
            clone.headers.update(self._headers)
            if "params" in self._httpx_args:
                clone.params = clone.params.merge(self._httpx_args["params"])
        return clone

    def close(self) -> None:
        """Close the sync connection pool (the ``with`` block does it for you)."""
        self._forked()
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the async connection pool (the ``async with`` block does it for you)."""
        self._forked()
        if self._async_client is not None:
            await self._async_client.aclose()

    # --- pagination -------------------------------------------------------------------------------

    def paginate(self, operation: ModuleType, /, **kwargs: Any) -> Paginator[Any]:
        """Iterate the items of a paginated operation across all its pages (``.pages()`` for pages).

        ``kwargs`` are the operation's own arguments; a page/cursor argument among them is where to start
        (resume). See :class:`Paginator` for ``max_items``/``max_pages``.
        """
        from ._pagination import Paginator

        return Paginator(self, operation, **kwargs)

    def apaginate(self, operation: ModuleType, /, **kwargs: Any) -> AsyncPaginator[Any]:
        """The async twin of :meth:`paginate`: ``async for item in client.apaginate(op, ...)``."""
        from ._pagination import AsyncPaginator

        return AsyncPaginator(self, operation, **kwargs)
