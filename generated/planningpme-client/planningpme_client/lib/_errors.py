"""One exception hierarchy per client, so callers can write ``except <package>.ApiError`` and nothing escapes.

Every error carries what a caller needs to decide what to do next: the HTTP status (``None`` when no answer
came back), the response headers, the vendor's error body already parsed (problem+json, JSON:API ``errors``,
PlanningPME's message), and the raw ``httpx.Response``. Messages name the method, the path and the vendor's
short explanation, never a header value or a query string, so credentials cannot end up in a log line; the
request kept in an error (``err.request``, ``err.response.request``) is a redacted copy for the same reason.

This module depends only on ``_credentials.py``: the generated ``errors.py`` re-exports its root classes,
and the overlays raise from here.
"""

from __future__ import annotations

import builtins
import email.utils
import json
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._credentials import redact_request, redact_response

if TYPE_CHECKING:
    from ._fields import FieldError

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "CollectionChangedError",
    "ConflictError",
    "ConnectionError",
    "ForbiddenError",
    "HTTPStatusError",
    "IncompletePageError",
    "InvalidRequestError",
    "MalformedResponseError",
    "NotFoundError",
    "PaginationError",
    "PreconditionFailedError",
    "RateLimitedError",
    "ResponseTooLargeError",
    "ResumeMismatchError",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WriteAcceptedError",
]

ErrorParser = Callable[[httpx.Response], Any]
"""Turns an error response into the vendor's error body (a model, a dict, a string or ``None``)."""

_MESSAGE_LIMIT = 300


class ApiError(Exception):
    """The root of everything a client of this package raises on purpose.

    ``status``/``headers``/``response`` are ``None`` when the request got no answer (connection errors,
    timeouts). ``body`` is the vendor's error body as the package's error parser understood it.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        headers: httpx.Headers | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self._status = status if status is not None else (response.status_code if response is not None else None)
        self._headers = headers if headers is not None else (response.headers if response is not None else None)
        self.body = body
        self._response = None if response is None else redact_response(response)
        if request is None and response is not None:
            request = _request_of(response)
        self.request = None if request is None else redact_request(request)

    @property
    def status(self) -> int | None:
        """The HTTP status (``None`` when no answer came back)."""
        return self._status

    @property
    def headers(self) -> httpx.Headers | None:
        """The response headers (``None`` when no answer came back)."""
        return self._headers

    @property
    def response(self) -> httpx.Response | None:
        """The raw response (``None`` when no answer came back). The HTTP status errors always have one."""
        return self._response

    @property
    def status_code(self) -> int | None:
        """Alias of ``status``, the name httpx and the generated ``UnexpectedStatus`` use."""
        return self.status

    @property
    def content(self) -> bytes:
        """The raw response body (empty when there was no response or it was streamed and not read)."""
        if self.response is None:
            return b""
        try:
            return self.response.content
        except httpx.ResponseNotRead:
            return b""

    def __str__(self) -> str:
        return self.message


class HTTPStatusError(ApiError):
    """The server answered with an error status: ``status``, ``headers`` and ``response`` are always there."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None) -> None:
        super().__init__(message, body=body, response=response)

    @property
    def response(self) -> httpx.Response:
        response = self._response
        assert response is not None  # the constructor requires it
        return response

    @property
    def status(self) -> int:
        status = self._status
        assert status is not None
        return status

    @property
    def status_code(self) -> int:
        return self.status

    @property
    def headers(self) -> httpx.Headers:
        headers = self._headers
        assert headers is not None
        return headers


class BadRequestError(HTTPStatusError):
    """400: the server refused the request as invalid; ``body`` says which fields (problem ``violations``...)."""


class UnprocessableEntityError(BadRequestError):
    """422: well-formed but semantically invalid (JSON:API servers use it for validation errors)."""


class UnauthorizedError(HTTPStatusError):
    """401 even after the auth flow renewed its token once: the credentials are wrong or revoked."""


class ForbiddenError(HTTPStatusError):
    """403: authenticated, but not allowed to do this."""


class NotFoundError(HTTPStatusError):
    """404 or 410: the resource does not exist (any more)."""


class ConflictError(HTTPStatusError):
    """409: the request conflicts with the resource's current state."""


class PreconditionFailedError(HTTPStatusError):
    """412 or 428: the ``If-Match`` ETag is stale (someone else changed the resource) or missing."""


class RateLimitedError(HTTPStatusError):
    """429 after the retries ran out (or were off); ``retry_after`` is the server's wait hint in seconds."""

    @property
    def retry_after(self) -> float | None:
        return retry_after_seconds(self.headers) if self.headers is not None else None


class ServerError(HTTPStatusError):
    """5xx after the retries ran out (or the request was not safe to repeat)."""


class UnexpectedStatus(ApiError):
    """A status the package has no better class for (405, 415, 3xx...), or one the spec does not document.

    Keeps the generated client's ``UnexpectedStatus(status_code, content)`` signature.
    """

    def __init__(self, status_code: int, content: bytes, *, response: httpx.Response | None = None) -> None:
        where = _where(response)
        super().__init__(f"unexpected HTTP {status_code}{where}", status=status_code, response=response)
        self._content = content

    @property
    def content(self) -> bytes:
        return self._content


class MalformedResponseError(ApiError):
    """The answer does not match the spec: truncated or invalid JSON, or a value of the wrong type, a ``null``
    the spec does not allow, a required property missing.

    ``operation`` names the operation as the spec does (``GET /plannings/{id}``). For a value that does not fit,
    ``json_path`` says where it is in the body (``$.data[3].attributes.name``), ``expected`` what the spec
    allows there (``string``, ``integer or null``, ``one of object (A), array``) and ``found`` what came
    instead, as a JSON kind (``integer``, ``null``, ``nothing (the property is missing)``): never the value
    itself. ``content`` (and ``response.content``) holds the raw bytes as received, for a bug report to the
    vendor or a workaround.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        content: bytes | None = None,
        operation: str | None = None,
        field: FieldError | None = None,
    ) -> None:
        super().__init__(message, response=response)
        self._content = content if content is not None else _read(response)
        self.operation = operation
        self.json_path = None if field is None else field.path
        self.expected = None if field is None else field.expected
        self.found = None if field is None else field.found

    @classmethod
    def for_field(cls, error: FieldError, *, operation: str, response: httpx.Response) -> MalformedResponseError:
        """The error for a body in which a model found a value that does not fit (``lib/_fields.py``)."""
        what = f"the body does not match the spec at {error.path}: expected {error.expected}, got {error.found}"
        return _malformed(what, operation, response, error)

    @classmethod
    def for_exception(cls, error: Exception, *, operation: str, response: httpx.Response) -> MalformedResponseError:
        """The error for a body the parser could not read at all (not JSON, not decodable, not the shape)."""
        return _malformed(f"the body does not match the spec ({type(error).__name__}: {error})", operation, response)

    @property
    def content(self) -> bytes:
        return self._content


class ResponseTooLargeError(MalformedResponseError):
    """The body grew past ``limit`` bytes (after decompression) while it arrived, so it was not read further:
    the client's ``max_response_bytes`` keeps a hostile or broken server from filling the memory. ``content``
    is empty; ``status`` and ``headers`` are the answer's."""

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, response=response, content=b"")
        self.limit = limit


class InvalidRequestError(ApiError, builtins.ValueError):
    """A value the caller gave cannot be sent as it is (a path id too long for a URL, a header value with a
    line break); raised before anything is sent. Names the argument or header, never its value."""


class WriteAcceptedError(MalformedResponseError):
    """A write (POST, PUT, PATCH, DELETE...) the server accepted with a 2xx, whose answer cannot be parsed.

    The change was made: sending the write again would make it twice (a second booking). It is not a
    ``TransportError`` or ``ServerError``, so a retry loop keyed on those does not repeat it; read the resource
    back instead. ``status`` and ``content`` (the raw body) keep the answer as it came.
    """


def _malformed(
    what: str, operation: str, response: httpx.Response, field: FieldError | None = None
) -> MalformedResponseError:
    """A :class:`MalformedResponseError`, or a :class:`WriteAcceptedError` when a write's 2xx answer is the one
    that cannot be parsed (decided by the method actually sent, so every spec gets it the same way)."""
    request = _request_of(response)
    accepted = 200 <= response.status_code < 300 and request is not None and request.method not in _READS
    if accepted:
        what = f"the write was accepted (do not repeat it), but {what}"
    cls = WriteAcceptedError if accepted else MalformedResponseError
    message = f"HTTP {response.status_code} from {operation}: {what}"
    return cls(message, response=response, operation=operation, field=field)


_READS = frozenset({"GET", "HEAD", "OPTIONS"})


class PaginationError(ApiError):
    """The server broke its paging contract: a cursor it had already sent (a loop), the same page twice...

    ``state`` is where the run stopped, in the shape of ``Paginator.state``: pass it as ``resume=`` to go on
    from there once the cause is gone. It is ``None`` when the error is not about a position (a registry
    table naming a field the response does not have).
    """

    def __init__(self, message: str, *, state: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.state = state


class ResumeMismatchError(ApiError, builtins.ValueError):
    """``resume=`` was given a state saved for another query: ``arguments`` names the arguments given that
    differ from the saved ones (or ``operation``, for a state of another operation). Raised before any request;
    ``resume=state`` alone continues the saved query."""

    def __init__(self, message: str, *, arguments: list[str]) -> None:
        super().__init__(message)
        self.arguments = list(arguments)


class IncompletePageError(PaginationError):
    """A page held fewer items than asked (or none) before the end the server announced with its total.

    Nothing of that page was handed out, and ``state`` asks for it again: resuming once the server answers
    properly loses no item. ``expected``/``received`` count the items the page should have had and had.
    """

    def __init__(
        self, message: str, *, state: dict[str, Any] | None, expected: int, received: int, **kwargs: Any
    ) -> None:
        super().__init__(message, state=state, **kwargs)
        self.expected = expected
        self.received = received


class CollectionChangedError(PaginationError):
    """The list changed under a run in a way the paginator could not reconcile without risking an item.

    Raised when a page reports another total than the page before it, or repeats items of the page before it
    (by ``id``), unless the repeat is exactly explained by items added in front of the run (then the run
    drops the repeats and goes on). Every item handed out before was consistent. ``state`` continues at the
    same position of the list as it is now, where items may come twice or not at all; start a new run for a
    consistent list. ``total_before``/``total_after`` are the two totals (``None`` when not reported),
    ``repeated`` the ids that came twice.
    """

    def __init__(
        self,
        message: str,
        *,
        state: dict[str, Any] | None,
        total_before: int | None = None,
        total_after: int | None = None,
        repeated: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, state=state, **kwargs)
        self.total_before = total_before
        self.total_after = total_after
        self.repeated = list(repeated or [])


class AuthenticationError(ApiError):
    """The token endpoint refused or failed; names the endpoint and the status, never the credentials."""

    def __init__(
        self,
        message: str,
        *,
        endpoint: str,
        status: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, status=status, response=response)
        self.endpoint = endpoint


class TransportError(ApiError):
    """No HTTP answer: the request failed on the network. ``__cause__`` is the httpx exception."""


class ConnectionError(TransportError, builtins.ConnectionError):
    """The connection could not be made, or broke before the whole answer arrived."""


class TimeoutError(TransportError, builtins.TimeoutError):
    """A time limit ran out; ``limit`` says which: ``"call"`` (the client's ``timeout``, which bounds the whole
    call with its retries and waits), or one attempt's ``"connect"``, ``"read"``, ``"write"`` or ``"pool"``."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, limit: str | None = None) -> None:
        super().__init__(message, request=request)
        self.limit = limit


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    410: NotFoundError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    428: PreconditionFailedError,
    429: RateLimitedError,
}


def parse_json_body(response: httpx.Response) -> Any:
    """The default error parser: the JSON body when there is one, else the text (``None`` when empty)."""
    raw = _read(response)
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, too deeply nested: keep the text
        return raw.decode("utf-8", errors="replace")


def error_for_response(response: httpx.Response, parser: ErrorParser | None = None) -> ApiError:
    """The typed error for a non-2xx response (read it first); the body parsed by ``parser``.

    A parser that fails does not hide the HTTP error: the body then falls back to the plain JSON/text.
    """
    try:
        body = (parser or parse_json_body)(response)
    except Exception:  # a broken error body must not mask the status the server sent
        body = parse_json_body(response)
    status = response.status_code
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else None)
    summary = _summary(body)
    message = f"HTTP {status} {response.reason_phrase}{_where(response)}" + (f": {summary}" if summary else "")
    if cls is None:
        error: ApiError = UnexpectedStatus(status, _read(response), response=response)
        error.message = message
        error.args = (message,)
        error.body = body
        return error
    return cls(message, body=body, response=response)


def retry_after_seconds(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date (RFC 9110 §10.2.3); else ``None``."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now())


def _summary(body: Any) -> str:
    """A one-line explanation from a vendor body, whatever its format.

    problem+json: ``title - detail`` and the first ``violations``; JSON:API: each of ``errors[]`` with its
    ``source.pointer`` (cut, like the rest, at 300 characters);
    PlanningPME and OAuth: ``message`` / ``error_description``; plain text as it is. Generated models are
    read through their ``to_dict()``, i.e. with the wire names.
    """
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        body = to_dict()
    if isinstance(body, str):
        text = body
    elif isinstance(body, Mapping):
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], Mapping):
            text = "; ".join(_json_api_error(error) for error in errors if isinstance(error, Mapping))
        else:
            text = _fields(body, ("title", "detail", "message", "error_description", "error"))
        violations = body.get("violations")
        if isinstance(violations, list) and violations:
            shown = [_fields(v, ("field", "message"), ": ") for v in violations[:3] if isinstance(v, Mapping)]
            text += " [" + "; ".join(shown) + (" ..." if len(violations) > 3 else "") + "]"
    else:
        return ""
    line = " ".join(text.split())
    return line if len(line) <= _MESSAGE_LIMIT else line[: _MESSAGE_LIMIT - 3] + "..."


def _json_api_error(error: Mapping[str, Any]) -> str:
    """One JSON:API error: where (``source.pointer``, else ``source.parameter``), then what (title, detail, code)."""
    text = _fields(error, ("title", "detail", "code"))
    source = error.get("source")
    if isinstance(source, Mapping):
        where = source.get("pointer") or source.get("parameter")
        if isinstance(where, str) and where:
            text = f"{where}: {text}"
    return text


def _fields(values: Mapping[str, Any], keys: tuple[str, ...], glue: str = " - ") -> str:
    parts = []
    for key in keys:
        value = values.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value) not in parts:
            parts.append(str(value))
    return glue.join(parts)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


def _where(response: httpx.Response | None) -> str:
    """`` for GET /path`` (no host, no query string: both may carry account names or keys)."""
    request = _request_of(response) if response is not None else None
    return f" for {request.method} {request.url.path}" if request is not None else ""


def _read(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""
