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
  unless the caller passes that argument), ``first`` (override of the first page number), ``id`` (the
  item field that identifies an item, default ``id``; items without it are simply not compared).

Page styles are driven by what the server sent, not by what was asked. A page number and size stand for an
item offset. When the first page of a run holds another number of items than asked (the server caps the
size), that size is adopted and the run goes on from the offset really reached: page one is kept, any other
page is asked for again at the new size. Without a total, a short first page may also be the whole list;
the next page, asked at the adopted size, tells (one extra request when it comes back empty). Once the
server has honoured a size, a shorter page before the total, or an empty one, raises
:class:`IncompletePageError`, before any of its items is handed out.

Each page is also checked against the page before it: the same total, and (where items carry the ``id``
field) no item of the page before. A page that starts with the last ``k`` items of its predecessor while
the total grew by exactly ``k`` had items added in front of the run's position: the ``k`` are dropped
(:attr:`Page.dropped`) and the run goes on. Anything else raises :class:`CollectionChangedError`; the async
paginator first asks once more for a page it had fetched ahead, since it may have been served long before
or after its predecessor. Every paging error carries ``state``, usable as ``resume=``.

Pages are fetched one after another; where the total is known after the first page, the async paginator
prefetches the following pages with bounded concurrency and still checks and yields them in order. A run
can be resumed from :attr:`Paginator.state` (plain JSON), or from a page/cursor argument. The state holds the
operation and every argument that shaped the run (filter, include, sort...), so ``resume=state`` alone
continues the same query, and ``resume=`` with an argument that differs raises :class:`ResumeMismatchError`
naming it, instead of silently continuing another list.
"""

from __future__ import annotations

import copy
import datetime
import enum
import hashlib
import math
import operator
import re
import types
import typing
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from uuid import UUID

import attrs

from .._spec import OPERATIONS
from ._errors import CollectionChangedError, IncompletePageError, PaginationError, ResumeMismatchError
from ._operations import operation_of

if TYPE_CHECKING:
    import asyncio

    from ..client import Client

__all__ = ["AsyncPaginator", "Page", "Paginator"]

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
    dropped: int = 0
    """Items at the start of the fetched page left out of :attr:`items` because the page before already had
    them: items were added in front of the run's position, and the run re-synchronised."""


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
    identity: str | None = None
    """Wire name of the item field that identifies an item (page styles)."""
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
        identity=declared.get("id", "id"),
        total=declared.get("total"),
        total_request={argument_of(wire): value for wire, value in declared.get("total-request", {}).items()},
    )


def _hashable(value: Any) -> Any:
    """``value`` if it can identify an item (hashable, set), else ``None``."""
    if value is None or type(value).__name__ == "Unset":
        return None
    try:
        hash(value)
    except TypeError:
        return None
    return value


def _identity_getter(kind: type, wire: str) -> Callable[[Any], Any] | None:
    """How to read the identifying field ``wire`` from items of type ``kind`` (``None``: they have none)."""
    if issubclass(kind, dict):
        return operator.methodcaller("get", wire)
    if attrs.has(kind):
        names = attrs.fields_dict(kind)
        python = _python_name(wire)
        for candidate in (python, python + "_", "field_" + python):
            if candidate in names:
                return operator.attrgetter(candidate)
    return None


def _key(request: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(request.items()))


class _Walk:
    """The paging state machine, shared by the sync and async paginators: which page to ask for next, what
    a page says about the following one, whether it is consistent with the page before it, and when to stop.

    Page styles keep their position as an item offset: page ``n`` of size ``s`` starts at ``(n - first) * s``.
    The size is the one the server is known to honour (``settled``) once a page came back full, or once the
    first page revealed a cap and its size was adopted.
    """

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
        self.size: int | None = None
        if scheme.size_param is not None:
            size = self.base.pop(scheme.size_param, scheme.size)
            if size is None:
                raise ValueError(f"{scheme.operation}: pass {scheme.size_param}= (the page size)")
            self.size = int(size)
        self.query = {name: _plain(value) for name, value in self.base.items()}
        """The arguments that shape the list (all but the paging ones), as plain JSON, for :meth:`state_at`."""
        self.skip = 0
        if resume is not None:
            start, self.skip = dict(resume["request"]), int(resume.get("skip", 0))
        if scheme.size_param is not None:
            self.size = int(start.get(scheme.size_param) or self.size or 0)
            start[scheme.size_param] = self.size  # a page number means nothing without its size
        self.upcoming: dict[str, Any] | None = start
        self.current_skip = 0
        """Items of the page just accepted that an earlier run (resumed from) already handed out."""
        self.pages = 0
        self.items = 0
        self.fetched = 0
        self.total: int | None = None
        self.settled = False
        self.seen: set[Any] = set()
        self.last_digest: bytes | None = None
        self.previous_ids: list[Any] | None = None
        self._getters: dict[type, Callable[[Any], Any] | None] = {}

    def state_at(self, request: dict[str, Any], skip: int) -> dict[str, Any]:
        """The resume state of a position: the operation, its query, the paging arguments, the items to skip."""
        return {
            "operation": self.scheme.operation,
            "query": copy.deepcopy(self.query),
            "request": dict(request),
            "skip": skip,
        }

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

    def accept(self, request: dict[str, Any], parsed: Any, content: bytes) -> Page[Any] | None:
        """Read one fetched page and decide what comes after it; ``None`` when the page is set aside and
        :meth:`next_request` says what to fetch instead (the server capped the page size of a later page).

        A page that raises leaves the walk as it was, so the same request may be fetched and accepted again.
        """
        scheme = self.scheme
        raw = parsed if scheme.items is None else lookup(parsed, scheme.items, required=True, what="items")
        items = list(raw or [])
        skip = self.skip
        here = self.state_at(request, skip)
        if scheme.cursor:
            after = self._after_cursor(request, parsed, here)
            self.skip = 0
            return self._page(items, request, after, skip, 0, parsed)
        digest = hashlib.sha256(content).digest()
        if items and digest == self.last_digest:
            raise PaginationError(
                f"{scheme.operation}: the server sent the same page twice (paging ignored?)", state=here
            )
        total: int | None = None
        if scheme.total is not None:
            value = lookup(parsed, scheme.total, required=False, what="total")
            total = int(value) if value is not None else None
        ids = self._identities(items)
        dropped = self._reconcile(request, ids, total, here)
        following = self._after_numbered(request, len(items), total, skip, here)
        if isinstance(following, str):  # set aside
            self.last_digest = None  # the same slice may well come back under its new page number
            return None
        self.skip = 0
        self.last_digest = digest
        self.previous_ids = ids
        if total is not None:
            self.total = total
        return self._page(items, request, following, skip, dropped, parsed)

    def _page(
        self,
        items: list[Any],
        request: dict[str, Any],
        following: dict[str, Any] | None,
        skip: int,
        dropped: int,
        parsed: Any,
    ) -> Page[Any]:
        kept = items[dropped:] if dropped else items
        self.pages += 1
        self.fetched += max(0, len(kept) - skip)  # a resumed first page counts from its skip
        self.current_skip = skip
        self.upcoming = following
        return Page(kept, self.pages, dict(request), following, self.total, parsed, dropped)

    def _after_cursor(self, request: dict[str, Any], parsed: Any, here: dict[str, Any]) -> dict[str, Any] | None:
        scheme = self.scheme
        assert scheme.next is not None
        cursor = lookup(parsed, scheme.next, required=False, what="next")
        if cursor in (None, ""):
            return None
        if cursor in self.seen or cursor == request.get(scheme.param):
            raise PaginationError(
                f"{scheme.operation}: the server sent cursor {cursor!r} again (a paging loop)", state=here
            )
        self.seen.add(cursor)
        return {scheme.param: cursor}

    def _after_numbered(
        self, request: dict[str, Any], received: int, total: int | None, skip: int, here: dict[str, Any]
    ) -> dict[str, Any] | str | None:
        """The request of the page after this one, ``None`` at the end, or ``_SET_ASIDE``."""
        scheme = self.scheme
        assert scheme.size_param is not None
        number = int(request[scheme.param])
        size = int(request[scheme.size_param])
        offset = (number - scheme.first) * size
        if total is not None and offset + received >= total:
            return None  # the end the server announced
        if received == 0:
            if total is None:
                return None
            raise IncompletePageError(
                f"{scheme.operation}: the page at {scheme.param}={number} ({scheme.size_param}={size}) came back "
                f"empty, but the total is {total}: the list should go on from item {offset + 1}",
                state=here,
                expected=min(size, total - offset),
                received=0,
            )
        if received == size:
            self.settled = True
            return {scheme.param: number + 1, scheme.size_param: size}
        if not self.settled:
            # The first page of the run has another size than asked: the server caps (or floors) the page
            # size, or, without a total, this may be the whole list. Take the size it used; the next page,
            # asked at that size, tells which (one extra request when it comes back empty).
            self.settled = True
            self.size = received
            if offset == 0:  # whether the server counts pages in its size or ours, page one is the start
                return {scheme.param: scheme.first + 1, scheme.size_param: received}
            # Elsewhere it is unknown which slice came back: ask again for the same offset at the new size.
            position = offset + skip
            self.upcoming = {scheme.param: scheme.first + position // received, scheme.size_param: received}
            self.skip = position % received
            return _SET_ASIDE
        if received < size and total is None:
            return None  # shorter than the size the server has been honouring: the last page
        if received < size:
            assert total is not None
            raise IncompletePageError(
                f"{scheme.operation}: the page at {scheme.param}={number} has {received} items where {size} were "
                f"asked, before the end (total {total}): {size - received} item(s) missing",
                state=here,
                expected=size,
                received=received,
            )
        raise PaginationError(
            f"{scheme.operation}: the page at {scheme.param}={number} has {received} items where {size} were asked",
            state=here,
        )

    def _identities(self, items: list[Any]) -> list[Any] | None:
        """The ids of ``items`` (``None`` for an item without one); ``None`` when no item has one."""
        wire = self.scheme.identity
        if wire is None or not items:
            return None
        getters = self._getters
        ids: list[Any] = []
        for item in items:
            kind = type(item)
            if kind in getters:
                getter = getters[kind]
            else:
                getter = getters[kind] = _identity_getter(kind, wire)
            ids.append(None if getter is None else _hashable(getter(item)))
        return ids if any(i is not None for i in ids) else None

    def _reconcile(
        self, request: dict[str, Any], ids: list[Any] | None, total: int | None, here: dict[str, Any]
    ) -> int:
        """Check a page against the one before it in the run; the number of leading items to drop.

        A page agrees with its predecessor when it reports the same total and shares no id with it. When items
        were added in front of the run's position between the two requests, the page starts with the last
        ``k`` items of its predecessor and the total grew by exactly ``k``: those ``k`` are dropped. Anything
        else cannot be told apart from a shift that loses items, and raises.
        """
        if self.pages == 0:
            return 0
        before = self.total
        changed = total is not None and before is not None and total != before
        previous = self.previous_ids
        repeated: list[Any] = []
        if ids is not None and previous:
            known = {i for i in previous if i is not None}
            repeated = [i for i in ids if i is not None and i in known]
        if not changed and not repeated:
            return 0
        count = len(repeated)
        if (
            count
            and changed
            and total is not None
            and before is not None
            and total - before == count
            and ids is not None
            and previous is not None
            and repeated == ids[:count] == previous[len(previous) - count :]
        ):
            return count
        where = f"{self.scheme.param}={request[self.scheme.param]}"
        if repeated:
            shown = ", ".join(repr(i) for i in repeated[:5]) + (" ..." if count > 5 else "")
            detail = f"the page at {where} repeats {count} item(s) of the page before it ({shown})"
            if changed:
                detail += f" and the total went from {before} to {total}"
        else:
            detail = f"the total went from {before} to {total} at {where}"
        raise CollectionChangedError(
            f"{self.scheme.operation}: the list changed during the run: {detail}; from here on items may be "
            "missing or repeated (resume from .state to go on anyway, or start again)",
            state=here,
            total_before=before,
            total_after=total,
            repeated=repeated,
        )

    def last_page(self) -> int | None:
        """Number of the last page, when the API told the total."""
        size = self.size
        if self.total is None or not size:
            return None
        return self.scheme.first + max(math.ceil(self.total / size), 1) - 1

    def planned(self) -> list[dict[str, Any]]:
        """Paging arguments of the upcoming page and those after it that are known to exist (total known),
        within ``max_pages``/``max_items``: what may be fetched ahead of time."""
        last = self.last_page()
        if self.upcoming is None or last is None or self.scheme.cursor or not self.settled:
            return []
        assert self.scheme.size_param is not None
        start = int(self.upcoming[self.scheme.param])
        if self.max_pages is not None:
            last = min(last, start - 1 + self.max_pages - self.pages)
        if self.max_items is not None:
            last = min(last, start - 1 + math.ceil((self.max_items - self.fetched) / (self.size or 1)))
        return [{self.scheme.param: n, self.scheme.size_param: self.size} for n in range(start, last + 1)]

    def take(self, page: Page[Any]) -> Iterator[tuple[int, Any]]:
        """The page's items to hand out (after a resume's ``skip``, within ``max_items``), with their index."""
        for index in range(self.current_skip, len(page.items)):
            if self.max_items is not None and self.items >= self.max_items:
                return
            self.items += 1
            yield index, page.items[index]


_SET_ASIDE = "set aside"


class _Base(Generic[T]):
    def __init__(
        self,
        client: Client,
        operation: ModuleType,
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
        resume: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self.client = client
        self.operation = operation
        self.scheme = scheme_for(operation_of(operation))
        if resume is not None:
            kwargs = _resumed_query(self.scheme, operation, resume, kwargs)
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
        """Where to resume, as plain JSON: ``{"operation": <operationId>, "query": <the other arguments>,
        "request": <paging arguments>, "skip": <items of that page already seen>}``. ``resume=state`` alone
        continues the same query; ``None`` once complete. After a :class:`PaginationError` it is the error's
        ``state``."""
        return None if self._state is None else self._walk.state_at(self._state["request"], self._state["skip"])

    def _begin(self) -> _Walk:
        if self._started:
            raise RuntimeError("a paginator runs once; make a new one (resume=paginator.state to continue)")
        self._started = True
        return self._walk

    def _mark(self, page: Page[Any], consumed: int) -> None:
        if consumed < len(page.items):
            self._state = {"request": dict(page.request), "skip": page.dropped + consumed}
        elif page.next_request is not None:
            self._state = {"request": dict(page.next_request), "skip": 0}
        else:
            self._state = None


def _resumed_query(
    scheme: PagingScheme, operation: ModuleType, resume: dict[str, Any], kwargs: dict[str, Any]
) -> dict[str, Any]:
    """The arguments of a resumed run: the saved query, with those given again checked against it.

    A state without ``query`` (made by hand, or before states kept it) leaves ``kwargs`` as they are.
    """
    saved_operation = resume.get("operation")
    if saved_operation is not None and saved_operation != scheme.operation:
        raise ResumeMismatchError(
            f"{scheme.operation}: resume= holds the state of another operation ({saved_operation})",
            arguments=["operation"],
        )
    saved = resume.get("query")
    if not isinstance(saved, dict):
        return kwargs
    paging = {scheme.param, scheme.size_param}
    given = {name: _plain(value) for name, value in kwargs.items() if name not in paging}
    differing = sorted(name for name, value in given.items() if name not in saved or value != saved[name])
    differing += sorted(name for name in saved if name in paging)  # hand-edited: paging belongs in "request"
    if differing:
        raise ResumeMismatchError(
            f"{scheme.operation}: resume= was saved with other arguments than given: {', '.join(differing)} "
            "(pass resume= alone to continue the saved query, or no resume= for a new run)",
            arguments=differing,
        )
    return {**{name: _argument(operation, name, value) for name, value in saved.items()}, **kwargs}


def _plain(value: Any) -> Any:
    """An argument as plain JSON (models through ``to_dict``, enums by value, dates in ISO 8601, UUIDs as text)."""
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return _plain(to_dict())
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def _argument(operation: ModuleType, name: str, value: Any) -> Any:
    """A JSON value as the generated argument ``name`` expects it (a model through its ``from_dict``)."""
    return _typed(typing.get_type_hints(operation.sync_detailed).get(name), value)


def _typed(hint: Any, value: Any) -> Any:
    """``value`` (plain JSON) as the type ``hint`` names: the inverse of :func:`_plain`."""
    members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    if any(type(value) is member for member in members if member in (str, int, float, bool)):
        return value
    for member in members:
        if typing.get_origin(member) is list and isinstance(value, list):
            (item,) = typing.get_args(member) or (Any,)
            return [_typed(item, entry) for entry in value]
        if not isinstance(member, type):
            continue
        from_dict = getattr(member, "from_dict", None)
        if callable(from_dict) and isinstance(value, dict):
            return from_dict(value)
        if isinstance(value, str) and member in _FROM_TEXT:
            return _FROM_TEXT[member](value)
        if issubclass(member, enum.Enum) and isinstance(value, str | int):
            try:
                return member(value)
            except ValueError:
                continue
    return value


_FROM_TEXT: dict[type, Callable[[str], Any]] = {
    datetime.datetime: datetime.datetime.fromisoformat,
    datetime.date: datetime.date.fromisoformat,
    UUID: UUID,
}


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
            if page is None:
                continue
            self._mark(page, len(page.items))
            yield page
        if walk.upcoming is None:
            self._state = None

    def __iter__(self) -> Iterator[T]:
        walk = self._begin()
        for page in self._pages(walk):
            self._mark(page, walk.current_skip)
            for index, item in walk.take(page):
                self._mark(page, index + 1)
                yield item


class AsyncPaginator(_Base[T]):
    """The async twin of :class:`Paginator` (``async for``); with the total known after the first page it
    prefetches up to ``concurrency`` pages at once, yielding items in page order all the same."""

    def __init__(self, client: Client, operation: ModuleType, *, concurrency: int = 4, **kwargs: Any) -> None:
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
        abandoned: list[asyncio.Task[tuple[Any, bytes]]] = []
        try:
            while (request := walk.next_request()) is not None:
                self._state = {"request": dict(request), "skip": walk.skip}
                task = scheduled.pop(_key(request), None)
                parsed, content = await task if task is not None else await self._fetch(request)
                try:
                    page = walk.accept(request, parsed, content)
                except CollectionChangedError:
                    if task is None:
                        raise
                    # Fetched ahead, this page may have been served long before or after the page it follows.
                    # Drop what was fetched ahead and ask for it now: once more, it has to agree with the page
                    # before it (or be re-synchronised with it by ids), else the error stands.
                    for ahead in scheduled.values():
                        ahead.cancel()
                        abandoned.append(ahead)
                    scheduled.clear()
                    parsed, content = await self._fetch(request)
                    page = walk.accept(request, parsed, content)
                if page is None:
                    continue
                wanted = walk.planned()
                keys = {_key(planned) for planned in wanted}
                for stale in [key for key in scheduled if key not in keys]:
                    abandoned.append(scheduled.pop(stale))
                    abandoned[-1].cancel()
                for planned in wanted:
                    if len(scheduled) >= self.concurrency:
                        break
                    key = _key(planned)
                    if key not in scheduled:
                        scheduled[key] = asyncio.ensure_future(self._fetch(planned))
                self._mark(page, len(page.items))
                yield page
            if walk.upcoming is None:
                self._state = None
        finally:
            pending = [*scheduled.values(), *abandoned]
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)

    async def __aiter__(self) -> AsyncIterator[T]:
        walk = self._begin()
        async for page in self._pages(walk):
            self._mark(page, walk.current_skip)
            for index, item in walk.take(page):
                self._mark(page, index + 1)
                yield item
