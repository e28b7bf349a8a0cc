"""Truthful paging (overlays/common/_pagination.py) against a real server on 127.0.0.1 that misbehaves: the
fixture package's page-number and page-index operations, sync and async. A capped page size is followed, an
empty or short page before the total raises ``IncompletePageError`` with a state that resumes without loss,
a list that changes under the run is re-synchronised when the ids prove nothing was lost, else raises
``CollectionChangedError``; a cursor loop carries its resume state too."""

from __future__ import annotations

import math
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.overlays.fault_server import FaultServer, Reply, Seen, serve
from tests.overlays.paged_package import Sleeps, items, lib, op
from tests.overlays.paging_faults import (
    COUNT,
    SIZE,
    Target,
    at_positions,
    every_request,
    exactly_once,
    from_position,
    growing,
    run,
    swapped,
    truthful,
)
from tests.overlays.paging_server import Listing, Pages

OPERATIONS = ["listItemsByPage", "listItemsByIndex"]
MODES = ["sync", "async"]
SIZE_ON_THE_WIRE = {"listItemsByPage": "page[size]", "listItemsByIndex": "pageSize"}
CAPS = pytest.mark.parametrize("cap_offsets", [True, False], ids=["pages-in-capped-size", "offsets-in-asked-size"])


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as running:
        yield running


def target(paged: ModuleType, server: FaultServer, operation: str) -> Target:
    def client() -> Any:
        return lib(paged, "_client").ApiClient.build(base_url=server.url + "/api", retry=Sleeps().policy(paged))

    return Target(op(paged, operation), client, key=lambda item: item["id"], identified=True)


def original(count: int = COUNT) -> list[dict[str, str]]:
    return items(range(count))


def fresh(count: int) -> list[dict[str, str]]:
    return items(range(1000, 1000 + count))


def ids(data: list[dict[str, str]]) -> list[str]:
    return [item["id"] for item in data]


def serve_listing(server: FaultServer, listing: Listing) -> None:
    server.handler = Pages(0, listing=listing)


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
@CAPS
async def test_a_capped_page_size_is_followed(
    paged: ModuleType, server: FaultServer, operation: str, mode: str, cap_offsets: bool
) -> None:
    data = original()
    serve_listing(server, Listing(data, cap=3, cap_offsets=cap_offsets))
    outcome = await run(run_target := target(paged, server, operation), mode, **run_target.start())
    exactly_once(outcome, ids(data))
    sizes = [r.query[SIZE_ON_THE_WIRE[operation]] for r in server.hits()]
    assert sizes[0] == str(SIZE)
    assert set(sizes[1:]) == {"3"}, "after the first page, the size the server used"
    assert len(sizes) == math.ceil(COUNT / 3), "no request beyond what a 3-item size needs"


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
@CAPS
async def test_a_capped_page_size_is_followed_from_a_later_page(
    paged: ModuleType, server: FaultServer, operation: str, mode: str, cap_offsets: bool
) -> None:
    data = original()
    serve_listing(server, Listing(data, cap=3, cap_offsets=cap_offsets))
    run_target = target(paged, server, operation)
    outcome = await run(run_target, mode, **run_target.start(page=2))  # page 3 of 5: from the 11th item
    exactly_once(outcome, ids(data)[2 * SIZE :])


@pytest.mark.parametrize("mode", MODES)
async def test_without_a_total_a_short_first_page_is_checked_not_taken_for_the_end(
    paged: ModuleType, server: FaultServer, mode: str
) -> None:
    data = original()
    serve_listing(server, Listing(data, cap=3))
    run_target = target(paged, server, "listItemsByPage")
    outcome = await run(run_target, mode, with_total=False, **run_target.start())
    exactly_once(outcome, ids(data))
    # What it costs: a list shorter than one page takes one more request, which comes back empty.
    server.requests.clear()
    serve_listing(server, Listing(data[:2]))
    outcome = await run(run_target, mode, with_total=False, **run_target.start())
    exactly_once(outcome, ids(data[:2]))
    assert [r.query["page[size]"] for r in server.hits()] == [str(SIZE), "2"]


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["empty_once", "short_once"])
async def test_an_empty_or_short_page_before_the_total_raises_and_resumes_without_loss(
    paged: ModuleType, server: FaultServer, operation: str, mode: str, fault: str
) -> None:
    data = original()
    serve_listing(server, Listing(data, **{fault: {2}}))
    run_target = target(paged, server, operation)
    errors = run_target.errors
    outcome = await run(run_target, mode, **run_target.start())
    assert isinstance(outcome.error, errors.IncompletePageError)
    truthful(run_target, outcome, ids(data))
    assert outcome.keys == ids(data)[: 2 * SIZE]
    assert (outcome.error.expected, outcome.error.received) == (SIZE, 0 if fault == "empty_once" else SIZE - 1)
    rest = await run(run_target, mode, resume=outcome.error.state)
    assert outcome.keys + rest.keys == ids(data)
    assert rest.error is None


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_a_total_that_changes_mid_run_is_detected(
    paged: ModuleType, server: FaultServer, operation: str, mode: str
) -> None:
    data = original()
    added = fresh(1)
    serve_listing(server, Listing(data, snapshot=from_position(2, data, data + added)))
    run_target = target(paged, server, operation)
    outcome = await run(run_target, mode, **run_target.start())
    error = outcome.error
    assert isinstance(error, run_target.errors.CollectionChangedError)
    assert (error.total_before, error.total_after) == (COUNT, COUNT + 1)
    truthful(run_target, outcome, ids(data))
    # The change was behind the run's position: resuming at the same place gives the rest, new item included.
    rest = await run(run_target, mode, resume=error.state)
    assert outcome.keys + rest.keys == ids(data + added)


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_items_removed_in_front_during_a_run_are_detected(
    paged: ModuleType, server: FaultServer, operation: str, mode: str
) -> None:
    data = original()
    serve_listing(server, Listing(data, snapshot=from_position(2, data, data[1:])))
    run_target = target(paged, server, operation)
    outcome = await run(run_target, mode, **run_target.start())
    assert isinstance(outcome.error, run_target.errors.CollectionChangedError)
    assert (outcome.error.total_before, outcome.error.total_after) == (COUNT, COUNT - 1)
    truthful(run_target, outcome, ids(data))


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_items_added_in_front_are_dropped_when_ids_prove_the_shift(
    paged: ModuleType, server: FaultServer, operation: str, mode: str
) -> None:
    data = original()
    serve_listing(server, Listing(data, snapshot=from_position(2, data, fresh(2) + data)))
    run_target = target(paged, server, operation)
    outcome = await run(run_target, mode, pages=True, **run_target.start())
    exactly_once(outcome, ids(data))
    assert [page.dropped for page in outcome.pages] == [0, 0, 2, 0, 0]  # 25 items now: five pages
    assert outcome.pages[-1].total == COUNT + 2


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_a_list_growing_in_front_on_every_page_loses_and_repeats_nothing(
    paged: ModuleType, server: FaultServer, operation: str, mode: str
) -> None:
    data = original()
    serve_listing(server, Listing(data, snapshot=growing(data, fresh)))
    run_target = target(paged, server, operation)
    exactly_once(await run(run_target, mode, **run_target.start()), ids(data))


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("mode", MODES)
async def test_an_id_repeated_without_a_matching_total_change_is_detected(
    paged: ModuleType, server: FaultServer, operation: str, mode: str
) -> None:
    data = original()
    serve_listing(server, Listing(data, snapshot=swapped(data, 1, SIZE - 1)))  # 4 and 5 swap across the border
    run_target = target(paged, server, operation)
    outcome = await run(run_target, mode, **run_target.start())
    assert isinstance(outcome.error, run_target.errors.CollectionChangedError)
    assert outcome.error.repeated == [str(SIZE - 1)]
    assert outcome.error.total_before == outcome.error.total_after == COUNT
    truthful(run_target, outcome, ids(data))


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_concurrent_pages_served_out_of_order_around_an_insert_raise(
    paged: ModuleType, server: FaultServer, operation: str
) -> None:
    data = original()
    # Pages 2 and 3 (positions 1, 2) and those after position 4 saw two new items in front; 4 and 5 did not.
    changed_at = {1, 2, *range(5, 20)}
    serve_listing(server, Listing(data, snapshot=at_positions(changed_at, data, fresh(2) + data)))
    run_target = target(paged, server, operation)
    outcome = await run(run_target, "async", concurrency=4, **run_target.start())
    assert isinstance(outcome.error, run_target.errors.CollectionChangedError)
    truthful(run_target, outcome, ids(data))
    assert outcome.keys == ids(data)[: 3 * SIZE - 2], "up to where page 4 would leave a gap"


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("concurrency", [2, 4, 8])
async def test_concurrent_paging_of_a_list_growing_with_every_request_is_never_silently_wrong(
    paged: ModuleType, server: FaultServer, operation: str, concurrency: int
) -> None:
    data = original(60)
    serve_listing(server, Listing(data, snapshot=every_request(data, fresh)))
    run_target = target(paged, server, operation)
    outcome = await run(run_target, "async", concurrency=concurrency, **run_target.start())
    truthful(run_target, outcome, ids(data))


class LoopOnce:
    """Cursor pages whose page ``c1`` names itself as the next page the first time it is asked."""

    def __init__(self) -> None:
        self.pages = Pages(10)
        self.looped = False

    def __call__(self, seen: Seen) -> Reply:
        if seen.query.get("cursor") == "c1" and not self.looped:
            self.looped = True
            return Reply(200, {"data": items(range(3, 6)), "cursor": {"next": "c1"}})
        return self.pages(seen)


@pytest.mark.parametrize("mode", MODES)
async def test_a_cursor_loop_raises_with_a_state_that_resumes(
    paged: ModuleType, server: FaultServer, mode: str
) -> None:
    server.handler = LoopOnce()
    run_target = target(paged, server, "listItemsByCursor")
    outcome = await run(run_target, mode)
    assert isinstance(outcome.error, run_target.errors.PaginationError)
    assert "again" in str(outcome.error)
    truthful(run_target, outcome, ids(original(10)))
    expected = {"operation": "listItemsByCursor", "query": {}, "request": {"cursor": "c1"}, "skip": 0}
    assert outcome.error.state == expected
    rest = await run(run_target, mode, resume=outcome.error.state)
    assert outcome.keys + rest.keys == ids(original(10))
