"""Iterate every item (or page) of a paginated operation, sync or async, whatever the vendor's scheme.

Which operations paginate, and how, is data: the ``[pagination.<operationId>]`` tables of the API's registry
entry, carried into ``_spec.OPERATIONS[op]["pagination"]``. Nothing is guessed from a response's shape at run
time; a table that names a field the response lacks fails loudly. Keys (wire names, as in the spec):

- ``style``: ``"cursor"``, ``"page-number"`` (first page 1) or ``"page-index"`` (first page 0);
- ``items``: dotted path to the item list in the response (absent: the response is the list);
- cursor style: ``cursor-param`` (default ``cursor``), ``next`` (dotted path to the next cursor; the last
  page has none);
- page styles: ``page-param``, ``size-param``, ``size`` (page size sent when the caller gives none),
  ``total`` (dotted path to the item count across all pages, if the API reports it), ``total-request``
  (arguments that make the API report it, e.g. Booqable's ``{ stats = { total = ["count"] } }``, sent
  unless the caller passes that argument), ``first`` (override of the first page number).

Pages are fetched one after another; where the total is known after the first page, the async paginator
prefetches the following pages with bounded concurrency and still yields them in order. A run can be
resumed from :attr:`Paginator.state` (JSON-serialisable), or from a page/cursor argument.
"""

from __future__ import annotations

import hashlib
import math
import re
import typing
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .._spec import OPERATIONS
from ._errors import PaginationError

if TYPE_CHECKING:
    import asyncio

    from ._client import ApiClient

__all__ = ["AsyncPaginator", "Page", "Paginator", "PagingScheme", "scheme_for"]

T = TypeVar("T")

STYLES = ("cursor", "page-number", "page-index")
_DELIMITERS = r"\. _-"


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page: its items, the operation arguments that fetched it and those that fetch the next one."""

    items: list[T]
    number: int
    """Position of this page in the run, counting from 1."""
    request: dict[str, Any]
    """The paging arguments that fetched this page (pass them back to fetch it again)."""
    next_request: dict[str, Any] | None
    """The paging arguments of the next page; ``None`` on the last page."""
    total: int | None
    """Items across all pages, when the API reports it."""
    parsed: Any = field(repr=False)
    """The whole parsed response (the generated model), e.g. for JSON:API ``included`` resources."""


def _python_name(wire: str) -> str:
    """The attribute name openapi-python-client gives a property (its ``snake_case``)."""
    text = "".join(c for c in wire if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    if any(c.isupper() for c in text):
        text = " ".join(re.split("([A-Z]?[a-z]+)", text))
    return "_".join(re.findall(rf"[^{re.escape(_DELIMITERS)}]+", text)).lower()


_MISSING = object()


def _step(value: Any, key: str) -> Any:
    """``value[key]`` for a dict, the generated attribute for a model (``None`` when unset or null)."""
    if isinstance(value, dict):
        return value.get(key, _MISSING)
    if attrs.has(type(value)):
        names = attrs.fields_dict(type(value))
        python = _python_name(key)
        for candidate in (python, python + "_", "field_" + python):
            if candidate in names:
                found = getattr(value, candidate)
                return None if type(found).__name__ == "Unset" else found
        extra = getattr(value, "additional_properties", None)
        if isinstance(extra, dict):
            return extra.get(key, _MISSING)
    return _MISSING


def lookup(value: Any, path: str, *, required: bool, what: str) -> Any:
    """Follow a dotted wire-name ``path`` through a parsed response; ``None`` where the chain is null."""
    for key in path.split("."):
        if value is None:
            return None
        value = _step(value, key)
        if value is _MISSING:
            if required:
                raise PaginationError(f"the response has no {path!r} (the registry's {what}); check [pagination]")
            return None
    return value


@dataclass(frozen=True)
class PagingScheme:
    """The paging declaration of one operation, with wire names resolved to the generated argument names."""

    operation: str
    style: str
    items: str | None
    param: str
    """Argument carrying the cursor or the page number."""
    size_param: str | None = None
    size: int | None = None
    first: int = 0
    next: str | None = None
    total: str | None = None
    total_request: dict[str, Any] = field(default_factory=dict)
    """Generated argument name -> JSON value that asks the API for the total."""

    @property
    def cursor(self) -> bool:
        return self.style == "cursor"


def scheme_for(operation: str) -> PagingScheme:
    """The :class:`PagingScheme` of ``operation`` from ``_spec.OPERATIONS``; a clear error when there is none."""
    info = OPERATIONS.get(operation)
    declared = info.get("pagination") if info is not None else None
    if not declared:
        raise ValueError(f"{operation} is not declared paginated (no [pagination.{operation}] in its api.toml)")
    style = declared.get("style")
    if style not in STYLES:
        raise ValueError(f"[pagination.{operation}] style must be one of {', '.join(STYLES)}, not {style!r}")
    assert info is not None
    arguments = {p["name"]: p["python_name"] for p in info["parameters"] if p["in"] == "query"}

    def argument_of(wire: Any, key: str = "total-request") -> str:
        if wire not in arguments:
            raise ValueError(f"[pagination.{operation}] {key} = {wire!r} is not a query parameter of {operation}")
        return str(arguments[wire])

    def argument(key: str, default: str | None) -> str:
        return argument_of(declared.get(key, default), key)

    if style == "cursor":
        return PagingScheme(
            operation,
            style,
            declared.get("items"),
            param=argument("cursor-param", "cursor"),
            next=declared.get("next", "cursor.next"),
        )
    return PagingScheme(
        operation,
        style,
        declared.get("items"),
        param=argument("page-param", None),
        size_param=argument("size-param", None),
        size=declared.get("size"),
        first=int(declared.get("first", 1 if style == "page-number" else 0)),
        total=declared.get("total"),
        total_request={argument_of(wire): value for wire, value in declared.get("total-request", {}).items()},
    )


class _Walk:
    """The paging state machine, shared by the sync and async paginators: which page to ask for next, what
    a page says about the following one, and when to stop."""

    def __init__(
        self,
        scheme: PagingScheme,
        kwargs: dict[str, Any],
        *,
        max_items: int | None,
        max_pages: int | None,
        resume: dict[str, Any] | None,
    ) -> None:
        self.scheme = scheme
        self.max_items = max_items
        self.max_pages = max_pages
        self.base = dict(kwargs)
        start: dict[str, Any] = {}
        if scheme.param in self.base:
            start[scheme.param] = self.base.pop(scheme.param)
        elif not scheme.cursor:
            start[scheme.param] = scheme.first
        if scheme.size_param is not None:
            size = self.base.pop(scheme.size_param, scheme.size)
            if size is None:
                raise ValueError(f"{scheme.operation}: pass {scheme.size_param}= (the page size)")
            self.base[scheme.size_param] = size
        self.skip = 0
        if resume is not None:
            start, self.skip = dict(resume["request"]), int(resume.get("skip", 0))
        self.upcoming: dict[str, Any] | None = start
        self.pages = 0
        self.items = 0
        self.fetched = 0
        self.total: int | None = None
        self.seen: set[Any] = set()
        self.last_digest: bytes | None = None

    @property
    def page_size(self) -> int | None:
        return None if self.scheme.size_param is None else int(self.base[self.scheme.size_param])

    def next_request(self) -> dict[str, Any] | None:
        """Paging arguments of the page to fetch now, or ``None`` when the run is over."""
        if self.upcoming is None:
            return None
        if self.max_pages is not None and self.pages >= self.max_pages:
            return None
        if self.max_items is not None and self.fetched >= self.max_items:
            return None
        return self.upcoming

    def call_kwargs(self, request: dict[str, Any]) -> dict[str, Any]:
        return {**self.base, **request}

    def accept(self, request: dict[str, Any], parsed: Any, content: bytes) -> Page[Any]:
        """Read one fetched page and decide what comes after it."""
        scheme = self.scheme
        raw = parsed if scheme.items is None else lookup(parsed, scheme.items, required=True, what="items")
        items = list(raw or [])
        self.pages += 1
        self.fetched += max(0, len(items) - self.skip)  # a resumed first page counts from its skip
        following: dict[str, Any] | None
        if scheme.cursor:
            assert scheme.next is not None
            cursor = lookup(parsed, scheme.next, required=False, what="next")
            if cursor in (None, ""):
                following = None
            elif cursor in self.seen or cursor == request.get(scheme.param):
                raise PaginationError(f"{scheme.operation}: the server sent cursor {cursor!r} again (a paging loop)")
            else:
                self.seen.add(cursor)
                following = {scheme.param: cursor}
        else:
            digest = hashlib.sha256(content).digest()
            if items and digest == self.last_digest:
                raise PaginationError(f"{scheme.operation}: the server sent the same page twice (paging ignored?)")
            self.last_digest = digest
            if scheme.total is not None:
                total = lookup(parsed, scheme.total, required=False, what="total")
                self.total = int(total) if total is not None else None
            number = int(request[scheme.param])
            size = self.page_size or 0
            last = self.last_page()
            done = not items or (last is not None and number >= last) or (last is None and len(items) < size)
            following = None if done else {scheme.param: number + 1}
        self.upcoming = following
        return Page(items, self.pages, dict(request), following, self.total, parsed)

    def last_page(self) -> int | None:
        """Number of the last page, when the API told the total."""
        size = self.page_size
        if self.total is None or not size:
            return None
        return self.scheme.first + max(math.ceil(self.total / size), 1) - 1

    def planned(self) -> list[dict[str, Any]]:
        """Paging arguments of the upcoming page and those after it that are known to exist (total known),
        within ``max_pages``/``max_items``: what may be fetched ahead of time."""
        last = self.last_page()
        if self.upcoming is None or last is None or self.scheme.cursor:
            return []
        start = int(self.upcoming[self.scheme.param])
        if self.max_pages is not None:
            last = min(last, start - 1 + self.max_pages - self.pages)
        if self.max_items is not None:
            last = min(last, start - 1 + math.ceil((self.max_items - self.fetched) / (self.page_size or 1)))
        return [{self.scheme.param: n} for n in range(start, last + 1)]

    def take(self, page: Page[Any]) -> Iterator[tuple[int, Any]]:
        """The page's items to hand out (after a resume's ``skip``, within ``max_items``), with their index."""
        start, self.skip = self.skip, 0
        for index in range(start, len(page.items)):
            if self.max_items is not None and self.items >= self.max_items:
                return
            self.items += 1
            yield index, page.items[index]


class _Base(Generic[T]):
    def __init__(
        self,
        client: ApiClient,
        operation: ModuleType,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        from ._client import operation_of

        self.client = client
        self.operation = operation
        self.scheme = scheme_for(operation_of(operation))
        for name, value in self.scheme.total_request.items():
            if name not in kwargs:
                kwargs[name] = _argument(operation, name, value)
        self._walk = _Walk(self.scheme, kwargs, max_items=max_items, max_pages=max_pages, resume=resume)
        self._state: dict[str, Any] | None = (
            {"request": dict(self._walk.upcoming), "skip": self._walk.skip} if self._walk.upcoming is not None else None
        )
        self._started = False

    @property
    def state(self) -> dict[str, Any] | None:
        """Where to resume: ``{"request": <paging arguments>, "skip": <items of that page already seen>}``,
        JSON-serialisable; pass it as ``resume=`` with the same other arguments. ``None`` once complete."""
        return None if self._state is None else {"request": dict(self._state["request"]), "skip": self._state["skip"]}

    def _begin(self) -> _Walk:
        if self._started:
            raise RuntimeError("a paginator runs once; make a new one (resume=paginator.state to continue)")
        self._started = True
        return self._walk

    def _mark(self, page: Page[Any], consumed: int) -> None:
        if consumed < len(page.items):
            self._state = {"request": dict(page.request), "skip": consumed}
        elif page.next_request is not None:
            self._state = {"request": dict(page.next_request), "skip": 0}
        else:
            self._state = None


def _argument(operation: ModuleType, name: str, value: Any) -> Any:
    """A JSON value as the generated argument ``name`` expects it (a model through its ``from_dict``)."""
    hints = typing.get_type_hints(operation.sync_detailed)
    for candidate in typing.get_args(hints.get(name)) or (hints.get(name),):
        from_dict = getattr(candidate, "from_dict", None)
        if callable(from_dict) and isinstance(value, dict):
            return from_dict(value)
    return value


def _unwrap(response: Any) -> tuple[Any, bytes]:
    return response.parsed, bytes(response.content)


class Paginator(_Base[T]):
    """Iterate items (``for item in paginator``) or pages (``paginator.pages()``) of a paginated operation.

    ``max_items``/``max_pages`` bound the run; ``resume=`` continues from a saved :attr:`state`; other
    keywords are the operation's own arguments (a page or cursor argument among them is the first page).
    """

    def pages(self) -> Iterator[Page[T]]:
        """Iterate whole pages (:class:`Page`), e.g. to see totals or commit work page by page."""
        return self._pages(self._begin())

    def _pages(self, walk: _Walk) -> Iterator[Page[T]]:
        while (request := walk.next_request()) is not None:
            self._state = {"request": dict(request), "skip": walk.skip}
            parsed, content = _unwrap(self.operation.sync_detailed(client=self.client, **walk.call_kwargs(request)))
            page = walk.accept(request, parsed, content)
            self._mark(page, len(page.items))
            yield page
        if walk.upcoming is None:
            self._state = None

    def __iter__(self) -> Iterator[T]:
        walk = self._begin()
        for page in self._pages(walk):
            self._mark(page, walk.skip)
            for index, item in walk.take(page):
                self._mark(page, index + 1)
                yield item


class AsyncPaginator(_Base[T]):
    """The async twin of :class:`Paginator` (``async for``); with the total known after the first page it
    prefetches up to ``concurrency`` pages at once, yielding items in page order all the same."""

    def __init__(self, client: ApiClient, operation: ModuleType, *, concurrency: int = 4, **kwargs: Any) -> None:
        super().__init__(client, operation, **kwargs)
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.concurrency = concurrency

    async def _fetch(self, request: dict[str, Any]) -> tuple[Any, bytes]:
        call = self._walk.call_kwargs(request)
        return _unwrap(await self.operation.asyncio_detailed(client=self.client, **call))

    def pages(self) -> AsyncIterator[Page[T]]:
        """Iterate whole pages (:class:`Page`): ``async for page in paginator.pages()``."""
        return self._pages(self._begin())

    async def _pages(self, walk: _Walk) -> AsyncIterator[Page[T]]:
        import asyncio  # here, not at module level: importing asyncio costs sync users ~10 ms

        scheduled: dict[Any, asyncio.Task[tuple[Any, bytes]]] = {}
        try:
            while (request := walk.next_request()) is not None:
                self._state = {"request": dict(request), "skip": walk.skip}
                key = request.get(self.scheme.param)
                task = scheduled.pop(key, None)
                parsed, content = await task if task is not None else await self._fetch(request)
                page = walk.accept(request, parsed, content)
                for planned in walk.planned():
                    if len(scheduled) >= self.concurrency:
                        break
                    planned_key = planned[self.scheme.param]
                    if planned_key not in scheduled:
                        scheduled[planned_key] = asyncio.ensure_future(self._fetch(planned))
                self._mark(page, len(page.items))
                yield page
            if walk.upcoming is None:
                self._state = None
        finally:
            for task in scheduled.values():
                task.cancel()
            if scheduled:
                await asyncio.gather(*scheduled.values(), return_exceptions=True)

    async def __aiter__(self) -> AsyncIterator[T]:
        walk = self._begin()
        async for page in self._pages(walk):
            self._mark(page, walk.skip)
            for index, item in walk.take(page):
                self._mark(page, index + 1)
                yield item
