"""Pagination (overlays/common/_pagination.py) for the three schemes, sync and async, against a real server on
127.0.0.1: every item once and in order, bounds, resume from a saved state, loops refused, and concurrent
prefetching with a bounded number of requests in flight."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.overlays.fault_server import FaultServer, Reply, Seen, serve
from tests.overlays.paged_package import Sleeps, lib, op
from tests.overlays.paging_server import Pages

SCHEMES = {
    "listItemsByCursor": {"path": "/api/cursor-items"},
    "listItemsByPage": {"path": "/api/page-items"},
    "listItemsByIndex": {"path": "/api/index-items"},
}
COUNT = 10
EXPECTED = [str(i) for i in range(COUNT)]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as running:
        yield running


def client_for(paged: ModuleType, server: FaultServer, **options: Any) -> Any:
    options.setdefault("retry", Sleeps().policy(paged))
    return lib(paged, "_client").ApiClient.build(base_url=server.url + "/api", **options)


async def collect(aiterable: Any) -> list[Any]:
    return [item async for item in aiterable]


@pytest.mark.parametrize("operation", SCHEMES)
def test_items_across_every_page_in_order(paged: ModuleType, server: FaultServer, operation: str) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        ids = [item.id for item in client.paginate(op(paged, operation))]
    assert ids == EXPECTED
    assert len(server.hits(SCHEMES[operation]["path"])) == 4  # 3 + 3 + 3 + 1


@pytest.mark.parametrize("operation", SCHEMES)
async def test_async_items_across_every_page_in_order(paged: ModuleType, server: FaultServer, operation: str) -> None:
    server.handler = Pages(COUNT)
    async with client_for(paged, server) as client:
        ids = [item.id for item in await collect(client.apaginate(op(paged, operation)))]
    assert ids == EXPECTED


@pytest.mark.parametrize("operation", SCHEMES)
def test_pages_tell_their_request_the_next_one_and_the_total(
    paged: ModuleType, server: FaultServer, operation: str
) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        pages = list(client.paginate(op(paged, operation)).pages())
    assert [len(p.items) for p in pages] == [3, 3, 3, 1]
    assert [p.number for p in pages] == [1, 2, 3, 4]
    assert pages[-1].next_request is None
    assert all(p.next_request == q.request for p, q in itertools.pairwise(pages))
    if operation != "listItemsByCursor":
        assert {p.total for p in pages} == {COUNT}


def test_an_exact_multiple_of_the_page_size_stops_without_an_empty_request(
    paged: ModuleType, server: FaultServer
) -> None:
    server.handler = Pages(9)
    with client_for(paged, server) as client:
        assert len(list(client.paginate(op(paged, "listItemsByIndex")))) == 9
    assert len(server.hits()) == 3


def test_page_size_and_filters_are_passed_on(paged: ModuleType, server: FaultServer) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        ids = [item.id for item in client.paginate(op(paged, "listItemsByPage"), pagesize=4)]
    assert ids == EXPECTED
    assert [r.query["page[size]"] for r in server.hits()] == ["4", "4", "4"]
    server.requests.clear()
    with client_for(paged, server) as client:
        list(client.paginate(op(paged, "listItemsByCursor"), limit=50))
    assert {r.query.get("limit") for r in server.hits()} == {"50"}


@pytest.mark.parametrize("operation", SCHEMES)
def test_max_items_and_max_pages_bound_the_run(paged: ModuleType, server: FaultServer, operation: str) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        assert [i.id for i in client.paginate(op(paged, operation), max_items=4)] == EXPECTED[:4]
        assert len(server.hits()) == 2
        assert [i.id for i in client.paginate(op(paged, operation), max_pages=2)] == EXPECTED[:6]
        assert len(server.hits()) == 4


def test_max_items_also_bounds_page_iteration(paged: ModuleType, server: FaultServer) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        pages = list(client.paginate(op(paged, "listItemsByCursor"), max_items=4).pages())
    assert [len(p.items) for p in pages] == [3, 3]  # pages come whole; no page beyond the bound is fetched


@pytest.mark.parametrize("operation", SCHEMES)
def test_resume_from_a_saved_state_neither_repeats_nor_loses_items(
    paged: ModuleType, server: FaultServer, operation: str
) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        first = client.paginate(op(paged, operation))
        seen = []
        for item in first:
            seen.append(item.id)
            if len(seen) == 4:  # stop in the middle of the second page
                break
        saved = json.loads(json.dumps(first.state))  # it survives a round trip through storage
        rest = client.paginate(op(paged, operation), resume=saved)
        seen += [item.id for item in rest]
        assert rest.state is None
    assert seen == EXPECTED


async def test_async_resume(paged: ModuleType, server: FaultServer) -> None:
    server.handler = Pages(COUNT)
    async with client_for(paged, server) as client:
        first = client.apaginate(op(paged, "listItemsByCursor"), max_items=5)
        seen = [item.id for item in await collect(first)]
        seen += [
            item.id for item in await collect(client.apaginate(op(paged, "listItemsByCursor"), resume=first.state))
        ]
    assert seen == EXPECTED


def test_resume_from_a_page_or_cursor_argument(paged: ModuleType, server: FaultServer) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        assert [i.id for i in client.paginate(op(paged, "listItemsByCursor"), cursor="c2")] == EXPECTED[6:]
        assert [i.id for i in client.paginate(op(paged, "listItemsByPage"), pagenumber=3)] == EXPECTED[6:]
        assert [i.id for i in client.paginate(op(paged, "listItemsByIndex"), page_index=2)] == EXPECTED[6:]


def test_a_repeated_cursor_raises_instead_of_looping(paged: ModuleType, server: FaultServer) -> None:
    errors = lib(paged, "_errors")
    server.handler = lambda seen: Reply(200, {"data": [{"id": "1", "name": "x"}], "cursor": {"next": "same"}})
    with client_for(paged, server) as client, pytest.raises(errors.PaginationError, match="'same' again"):
        list(client.paginate(op(paged, "listItemsByCursor")))
    assert len(server.hits()) == 2


def test_a_server_ignoring_the_page_number_raises_instead_of_looping(paged: ModuleType, server: FaultServer) -> None:
    errors = lib(paged, "_errors")
    body = {"data": [{"id": str(i), "name": "x"} for i in range(3)], "meta": {}}
    server.handler = lambda seen: Reply(200, body)
    with client_for(paged, server) as client, pytest.raises(errors.PaginationError, match="same page twice"):
        list(client.paginate(op(paged, "listItemsByPage")))


def test_a_paginator_runs_once(paged: ModuleType, server: FaultServer) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        paginator = client.paginate(op(paged, "listItemsByCursor"))
        list(paginator)
        with pytest.raises(RuntimeError, match="runs once"):
            list(paginator)


def test_an_undeclared_operation_cannot_be_paginated(paged: ModuleType, server: FaultServer) -> None:
    with client_for(paged, server) as client, pytest.raises(ValueError, match=r"no \[pagination.getItem\]"):
        client.paginate(op(paged, "getItem"))


def test_the_total_is_asked_for_unless_the_caller_says_otherwise(paged: ModuleType, server: FaultServer) -> None:
    server.handler = Pages(COUNT)
    with client_for(paged, server) as client:
        pages = list(client.paginate(op(paged, "listItemsByPage")).pages())
        assert {r.query.get("withTotal") for r in server.hits()} == {"true"}
        assert pages[0].total == COUNT
        server.requests.clear()
        pages = list(client.paginate(op(paged, "listItemsByPage"), with_total=False).pages())
        assert {r.query.get("withTotal") for r in server.hits()} == {"false"}
        assert pages[0].total is None
        assert [len(p.items) for p in pages] == [3, 3, 3, 1]  # the short page ends the run


def test_declarations_come_from_the_registry(paged: ModuleType) -> None:
    pagination = lib(paged, "_pagination")
    scheme = pagination.scheme_for("listItemsByPage")
    assert (scheme.style, scheme.param, scheme.size_param, scheme.first) == ("page-number", "pagenumber", "pagesize", 1)
    assert pagination.scheme_for("listItemsByIndex").first == 0
    assert pagination.scheme_for("listItemsByCursor").next == "cursor.next"


class InFlight:
    """Counts concurrent requests; pages after the first wait at a barrier until ``width`` are in flight at
    once, which proves the prefetching without measuring time (the timeout only guards a failure)."""

    def __init__(self, pages: Pages, width: int) -> None:
        self.pages = pages
        self.lock = threading.Lock()
        self.current = 0
        self.peak = 0
        self.barrier = threading.Barrier(width, timeout=10)

    def __call__(self, seen: Seen) -> Reply:
        with self.lock:
            self.current += 1
            self.peak = max(self.peak, self.current)
        try:
            first = seen.query.get("pageIndex") == "0"
            if not first and int(seen.query.get("pageIndex", 0)) <= 4:
                self.barrier.wait()
            return self.pages(seen)
        finally:
            with self.lock:
                self.current -= 1


async def test_async_prefetches_pages_concurrently_bounded_and_in_order(paged: ModuleType, server: FaultServer) -> None:
    counter = InFlight(Pages(40), width=4)  # pages 1..4 only answer once all four are in flight together
    server.handler = counter
    async with client_for(paged, server) as client:
        ids = [item.id for item in await collect(client.apaginate(op(paged, "listItemsByIndex"), concurrency=4))]
    assert ids == [str(i) for i in range(40)]
    assert counter.peak == 4
    assert sorted(int(r.query["pageIndex"]) for r in server.hits()) == list(range(14))


async def test_async_prefetch_respects_max_items(paged: ModuleType, server: FaultServer) -> None:
    server.handler = Pages(40)
    async with client_for(paged, server) as client:
        found = await collect(client.apaginate(op(paged, "listItemsByPage"), max_items=7, concurrency=8))
    assert [item.id for item in found] == [str(i) for i in range(7)]
    assert sorted(int(r.query["page[number]"]) for r in server.hits()) == [1, 2, 3]


async def test_async_stops_early_and_cancels_prefetches(paged: ModuleType, server: FaultServer) -> None:
    server.handler = Pages(40)
    async with client_for(paged, server) as client:
        pages = client.apaginate(op(paged, "listItemsByIndex"), concurrency=3).pages()
        first = await anext(pages)
        await pages.aclose()
        assert len(first.items) == 3
    await asyncio.sleep(0)
    assert len(server.hits()) <= 4
