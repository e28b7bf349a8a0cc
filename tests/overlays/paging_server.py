"""Server-side paging for the fixture API (``fixtures/paged``) on a :class:`FaultServer`: the three schemes
over one list of items, with hooks to inject faults into a chosen page, and :class:`Listing`, the numbered
pages of a list as a misbehaving server serves them (capped page sizes, a page answered empty or short once,
a list that changes between requests)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from typing import Any

from tests.overlays.fault_server import Reply, Seen
from tests.overlays.paged_package import items

Fault = Callable[[Seen, int], Reply | None]
"""Called with the request and the page's position (0-based); a Reply replaces the normal answer."""

Snapshot = Callable[[int], Sequence[Any]]
"""The list as it stands when the page at a position (0-based) is served."""


class Listing:
    """Which items a numbered page gets, and the total the server reports with it.

    ``cap``: the server never sends more items a page than this. ``cap_offsets``: page ``n`` then starts at
    ``n * cap`` (the server pages in its own size, as Booqable does) or, when false, at ``n * <size asked>``
    (it only cuts the slice short). ``empty_once`` / ``short_once``: positions answered with no items, or
    without their last item, the first time they are asked (a server hiccup). ``snapshot``: the list a
    position is served from (default: ``data``, unchanged). Being a function of the position, not of the
    moment a request arrives, it fixes which requests saw a change whatever order concurrent requests take.
    """

    def __init__(
        self,
        data: Sequence[Any],
        *,
        cap: int | None = None,
        cap_offsets: bool = True,
        empty_once: Collection[int] = (),
        short_once: Collection[int] = (),
        snapshot: Snapshot | None = None,
    ) -> None:
        self.data = list(data)
        self.cap = cap
        self.cap_offsets = cap_offsets
        self.empty_once = set(empty_once)
        self.short_once = set(short_once)
        self.snapshot = snapshot
        self.lock = threading.Lock()

    def page(self, position: int, size: int) -> tuple[list[Any], int]:
        """The items of the page at ``position`` asked with ``size``, and the total."""
        with self.lock:
            data = self.snapshot(position) if self.snapshot is not None else self.data
            served = size if self.cap is None else min(size, self.cap)
            start = position * (served if self.cap_offsets else size)
            chunk = list(data[start : start + served])
            if position in self.empty_once:
                self.empty_once.discard(position)
                chunk = []
            elif position in self.short_once and chunk:
                self.short_once.discard(position)
                chunk = chunk[:-1]
            return chunk, len(data)


class Pages:
    def __init__(
        self, count: int, *, fault: Fault | None = None, cursor_size: int = 3, listing: Listing | None = None
    ) -> None:
        self.data = items(range(count))
        self.listing = listing if listing is not None else Listing(self.data)
        self.fault = fault
        self.cursor_size = cursor_size

    def __call__(self, seen: Seen) -> Reply:
        if seen.path == "/api/cursor-items":
            position = int(seen.query.get("cursor", "c0")[1:])
            return self._cursor(seen, position)
        if seen.path == "/api/page-items":
            position = int(seen.query["page[number]"]) - 1
            chunk, total = self.listing.page(position, int(seen.query["page[size]"]))
            stats = {"stats": {"total": {"count": total}}} if seen.query.get("withTotal") == "true" else {}
            return self._answer(seen, position, {"data": chunk, "meta": stats})
        if seen.path == "/api/index-items":
            position = int(seen.query["pageIndex"])
            chunk, total = self.listing.page(position, int(seen.query["pageSize"]))
            return self._answer(seen, position, {"items": chunk, "totalItems": total})
        return Reply(404, {"title": "unknown path"})

    def _slice(self, position: int, size: int) -> list[dict[str, str]]:
        return self.data[position * size : (position + 1) * size]

    def _cursor(self, seen: Seen, position: int) -> Reply:
        page = self._slice(position, self.cursor_size)
        more = (position + 1) * self.cursor_size < len(self.data)
        cursor = {"self": f"c{position}", **({"next": f"c{position + 1}"} if more else {})}
        return self._answer(seen, position, {"data": page, "cursor": cursor})

    def _answer(self, seen: Seen, position: int, body: object) -> Reply:
        if self.fault is not None:
            replaced = self.fault(seen, position)
            if replaced is not None:
                return replaced
        return Reply(200, body)
