"""``client.<namespace>.with_raw_response.<method>(...)``: the HTTP answer with the typed result.

The same call as ``client.<namespace>.<method>(...)`` (same arguments, same typed errors), returning a
:class:`RawResponse`: ``status_code``, ``headers``, ``etag`` and ``http_response`` (the ``httpx.Response``),
and ``parse()``, what the method itself returns. For a JSON:API resource ``parse_envelope()`` gives the whole
document (``meta``, ``included``, links). A paginated method answers with its first page: ``parse()`` is that
:class:`Page`. The ETag of an entity comes this way (``raw.etag``), for a conditional write with
``if_match=``.

The call records its final answer in a context variable that the client's ``send`` fills (a token request
or the pages fetched ahead by an async paginator are not it: the first answer of a generated operation is).
"""

from __future__ import annotations

import functools
import importlib
from typing import Any, Generic, TypeVar

import httpx

from ._namespaces import AsyncNamespace
from ._operations import PACKAGE, operation_info
from ._options import CAPTURE

__all__ = ["RawDocumentResponse", "RawResponse"]

T = TypeVar("T")
D = TypeVar("D")


class RawResponse(Generic[T]):
    """One HTTP answer and the typed result read from it."""

    __slots__ = ("_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def etag(self) -> str | None:
        """The entity's version (``ETag``), for ``if_match=`` on a later write; ``None`` when not sent."""
        etag: str | None = self.http_response.headers.get("etag")
        return etag

    def parse(self) -> T:
        """What the method returns (the model, the resource, a page)."""
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} {self.status_code} for {request.method} {request.url.path}>"


class RawDocumentResponse(RawResponse[T], Generic[T, D]):
    """A JSON:API answer: ``parse()`` is the resource, ``parse_envelope()`` the whole document."""

    __slots__ = ()

    def parse_envelope(self) -> D:
        """The document as the operation module reads it: ``data``, ``included``, ``meta``, links."""
        info = operation_info(self.http_response.request)
        if info is None:
            raise TypeError("this answer did not come from a generated operation")
        module = importlib.import_module(f"{PACKAGE}.{info['module']}")
        parsed: D = module._parse_response(client=None, response=self.http_response)
        return parsed


def _answer(seen: list[httpx.Response]) -> httpx.Response:
    return next((r for r in seen if operation_info(r.request) is not None), seen[-1])


def _call(method: Any, *args: Any, **kwargs: Any) -> RawDocumentResponse[Any, Any]:
    seen: list[httpx.Response] = []
    token = CAPTURE.set(seen)
    try:
        result = method(*args, **kwargs)
        pages = getattr(result, "pages", None)
        if pages is not None:  # a paginator: its first page
            result = next(iter(pages()))
    finally:
        CAPTURE.reset(token)
    return RawDocumentResponse(_answer(seen), result)


async def _acall(method: Any, *args: Any, **kwargs: Any) -> RawDocumentResponse[Any, Any]:
    seen: list[httpx.Response] = []
    token = CAPTURE.set(seen)
    try:
        result = method(*args, **kwargs)
        pages = getattr(result, "pages", None)
        if pages is not None:
            result = await anext(aiter(pages()))
        else:
            result = await result
    finally:
        CAPTURE.reset(token)
    return RawDocumentResponse(_answer(seen), result)


class RawNamespace:
    """``namespace.with_raw_response``: each method of the namespace, returning a :class:`RawResponse`."""

    __slots__ = ("_namespace",)

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._namespace, name)
        call = _acall if isinstance(self._namespace, AsyncNamespace) else _call
        return functools.partial(call, method)

    def __repr__(self) -> str:
        return f"<{type(self._namespace).__name__}.with_raw_response>"


def raw(namespace: Any) -> Any:
    """The raw twin of a namespace (typed by the resource module's stubs)."""
    return RawNamespace(namespace)
