"""Server-side paging for the fixture API (``fixtures/paged``) on a :class:`FaultServer`: the three schemes
over one list of items, with hooks to inject faults into a chosen page."""

from __future__ import annotations

from collections.abc import Callable

from tests.overlays.fault_server import Reply, Seen
from tests.overlays.paged_package import items

Fault = Callable[[Seen, int], Reply | None]
"""Called with the request and the page's position (0-based); a Reply replaces the normal answer."""


class Pages:
    def __init__(self, count: int, *, fault: Fault | None = None, cursor_size: int = 3) -> None:
        self.data = items(range(count))
        self.fault = fault
        self.cursor_size = cursor_size

    def __call__(self, seen: Seen) -> Reply:
        if seen.path == "/api/cursor-items":
            position = int(seen.query.get("cursor", "c0")[1:])
            return self._cursor(seen, position)
        if seen.path == "/api/page-items":
            size = int(seen.query["page[size]"])
            position = int(seen.query["page[number]"]) - 1
            stats = {"stats": {"total": {"count": len(self.data)}}} if seen.query.get("withTotal") == "true" else {}
            body = {"data": self._slice(position, size), "meta": stats}
            return self._answer(seen, position, body)
        if seen.path == "/api/index-items":
            size = int(seen.query["pageSize"])
            position = int(seen.query["pageIndex"])
            return self._answer(seen, position, {"items": self._slice(position, size), "totalItems": len(self.data)})
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
