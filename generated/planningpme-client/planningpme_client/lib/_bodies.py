"""Response bodies read within a bound, decompressed by the client itself, and never shorter than sent.

httpx inflates ``gzip``/``deflate`` bodies with no limit on what comes out (1 MB of gzip inflates to 1 GiB)
and accepts a compressed body that ends before its trailer. The retrying transport (``_retry.py``, which every
answer passes: API calls, error bodies, token answers, streamed or not) hands each response to
:func:`bound_body`, which puts a counting stream in place of the raw one: it inflates ``gzip`` and ``deflate``
itself, 64 KiB at a time, so memory stays within about twice the limit, and it refuses the body with
:class:`ResponseTooLargeError` as soon as the decoded bytes pass ``max_response_bytes``, or with
:class:`MalformedResponseError` when a compressed body ends early. Other codings (``br``, ``zstd``, which httpx
decodes only when their packages are installed) are counted as they arrive.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Final

import httpx

from ._errors import MalformedResponseError, ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES"]

DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
"""64 MiB: far above the largest answers of the four APIs (a full page with its includes is well under 1 MiB),
far below what would hurt a worker process. ``connect(..., max_response_bytes=...)`` changes it."""

_PIECE: Final = 64 * 1024
"""The most one step of inflating produces, whatever the compression ratio."""

_GZIP: Final = zlib.MAX_WBITS | 16
_CODINGS: Final = {"gzip": _GZIP, "x-gzip": _GZIP, "deflate": zlib.MAX_WBITS}


class _Inflater:
    """One ``gzip`` or ``deflate`` layer, inflated in bounded pieces. ``deflate`` may come with or without its
    zlib header (servers disagree), as httpx accepts; ``gzip`` may have several members (RFC 1952)."""

    __slots__ = ("_decompressor", "_wbits", "fed", "gzip")

    def __init__(self, wbits: int) -> None:
        self._wbits = wbits
        self.gzip = wbits == _GZIP
        self._decompressor = zlib.decompressobj(wbits)
        self.fed = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        pending = bool(data)  # input left, or a full piece that may have left output behind
        while True:
            if self._decompressor.eof:
                data = self._decompressor.unused_data + data
                if not data or not self.gzip:  # bytes after a deflate stream are ignored, as httpx does
                    return
                self._decompressor = zlib.decompressobj(self._wbits)  # the next gzip member
                pending = True
            if not pending:
                return
            try:
                out = self._decompressor.decompress(data, _PIECE)
            except zlib.error:
                if self.fed or self._wbits != zlib.MAX_WBITS:
                    raise
                self._wbits = -zlib.MAX_WBITS  # a raw deflate stream, without the zlib header
                self._decompressor = zlib.decompressobj(self._wbits)
                continue
            self.fed = True
            data = self._decompressor.unconsumed_tail
            pending = bool(data) or len(out) == _PIECE
            if out:
                yield out

    def complete(self) -> bool:
        """Whether the stream reached its end (a ``gzip`` trailer with a checksum that matched)."""
        return not self.fed or self._decompressor.eof


class _Body:
    """The decoding and the count of one response body, shared by the sync and async streams."""

    __slots__ = ("announced", "codings", "limit", "request", "response", "seen")

    def __init__(
        self, request: httpx.Request, response: httpx.Response, limit: int | None, codings: list[_Inflater]
    ) -> None:
        self.request, self.response, self.limit, self.codings = request, response, limit, codings
        self.seen = 0
        declared = response.headers.get("content-length", "") if limit is not None and not codings else ""
        self.announced = int(declared) if declared.isdigit() else 0

    def take(self, chunk: bytes) -> Iterable[bytes]:
        """The decoded pieces of ``chunk``, counted; a plain body (most answers) skips the inflating."""
        limit = self.limit
        if not self.codings:
            self.seen += len(chunk)
            if limit is not None and (self.seen > limit or self.announced > limit):  # announced: the first chunk
                raise too_large(self.request, self.response, limit)
            return (chunk,)
        return self._inflate(chunk)

    def _inflate(self, chunk: bytes) -> Iterator[bytes]:
        pieces: Iterator[bytes] = iter((chunk,))
        for layer in self.codings:  # the last coding applied is the first to undo: the list is reversed
            pieces = _through(layer, pieces)
        try:
            for piece in pieces:
                self.seen += len(piece)
                if self.limit is not None and self.seen > self.limit:
                    raise too_large(self.request, self.response, self.limit)
                yield piece
        except zlib.error as exc:
            raise self._malformed(f"the {self._names()} body could not be decompressed ({exc})") from None

    def end(self) -> None:
        if not all(layer.complete() for layer in self.codings):
            raise self._malformed(f"the {self._names()} body ended before its end: the answer was cut short")

    def _names(self) -> str:
        return ", ".join("gzip" if layer.gzip else "deflate" for layer in reversed(self.codings))

    def _malformed(self, detail: str) -> MalformedResponseError:
        return MalformedResponseError(f"{_what(self.request)}: {detail}", response=_head(self.request, self.response))


def _through(layer: _Inflater, pieces: Iterator[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from layer.feed(piece)


class _SyncBody(httpx.SyncByteStream):
    def __init__(self, raw: httpx.SyncByteStream, body: _Body) -> None:
        self._raw, self._body = raw, body

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._raw:
            yield from self._body.take(chunk)
        self._body.end()

    def close(self) -> None:
        self._raw.close()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, raw: httpx.AsyncByteStream, body: _Body) -> None:
        self._raw, self._body = raw, body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._raw:
            for piece in self._body.take(chunk):
                yield piece
        self._body.end()

    async def aclose(self) -> None:
        await self._raw.aclose()


def bound_body(response: httpx.Response, request: httpx.Request, limit: int | None) -> None:
    """Make ``response`` (fresh from a transport, its body not read) decode and count its body as it is read.

    A ``Content-Length`` above ``limit`` is refused with the first chunk; a body already read (a mock
    transport's) is measured."""
    stream = response.stream
    if isinstance(stream, httpx.ByteStream):  # httpx read it when the response was made
        if limit is not None and len(response.content) > limit:
            raise too_large(request, response, limit)
        return
    codings: list[_Inflater] = []
    if "content-encoding" in response.headers:  # ``in`` first: ``get`` pays for a KeyError when it is missing
        names = [name.strip().lower() for name in response.headers["content-encoding"].split(",")]
        names = [name for name in names if name and name != "identity"]
        if names and all(name in _CODINGS for name in names):
            del response.headers["content-encoding"]  # inflated here: httpx must not inflate it again
            codings = [_Inflater(_CODINGS[name]) for name in reversed(names)]
    body = _Body(request, response, limit, codings)
    if isinstance(stream, httpx.SyncByteStream):
        response.stream = _SyncBody(stream, body)
    elif isinstance(stream, httpx.AsyncByteStream):
        response.stream = _AsyncBody(stream, body)


def too_large(request: httpx.Request, response: httpx.Response, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{_what(request)}: the answer is larger than max_response_bytes={limit} (after decompression); "
        "pass a larger max_response_bytes= to connect() to accept it",
        response=_head(request, response),
        limit=limit,
    )


def _what(request: httpx.Request) -> str:
    return f"HTTP answer to {request.method} {request.url.path}"


def _head(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """The status and headers of ``response`` without its body, for an error to keep."""
    return httpx.Response(response.status_code, headers=response.headers, request=request)
