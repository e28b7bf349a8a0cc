"""Truthful paging through every vendor package, sync and async, against a real server on 127.0.0.1 that
serves the operation's documented example items and misbehaves: Booqable (page number, ``stats`` total,
items with an ``id``), PlanningPME (zero-based page index, ``totalItems``, items keyed by ``key``, which the
paginator does not compare) and OptiFlow (cursors: a loop raises with a resume state).

The cases are those of tests/overlays/test_paging_faults.py (shared in tests/overlays/paging_faults.py): a
capped page size is followed, an empty or short page before the total raises ``IncompletePageError`` and
resumes without loss, a total that moves raises ``CollectionChangedError``, items added in front are
re-synchronised where ids prove the shift, and concurrent pages never lose or repeat an item silently.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY, paginated_operations
from tests.overlays.fault_server import FaultServer, Reply, Seen
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
from tests.overlays.paging_server import Listing
from tests.vendors.booqable import test_paging_errors as booqable
from tests.vendors.optiflow import test_paging_errors as optiflow
from tests.vendors.paging import ExamplePages, call_arguments, operation_module, server
from tests.vendors.planningpme import test_paging_errors as planningpme

__all__ = ["server"]

NUMBERED = {"booqable": ("listOrders", booqable.connect), "planningpme": ("listTasks", planningpme.connect)}
"""Per vendor with page styles: the operation the cases run on, and how to connect."""

PAGED = [
    pytest.param(entry, id=f"{entry.name}:{NUMBERED[entry.vendor][0]}")
    for entry in REGISTRY
    if entry.vendor in NUMBERED
]
IDENTIFIED = [param for param in PAGED if param.values[0].vendor == "booqable"]
"""APIs whose items carry an ``id``: an item moving across a page border, the total unchanged, needs ids to
be seen (PlanningPME's items are keyed by ``key``)."""
CURSORS = [pytest.param(entry, id=entry.name) for entry in REGISTRY if entry.vendor == "optiflow"]
MODES = ["sync", "async"]
CAPS = pytest.mark.parametrize("cap_offsets", [True, False], ids=["pages-in-capped-size", "offsets-in-asked-size"])

Faults = Callable[[ExamplePages], dict[str, Any]]


def setup(entry: ApiEntry, server: FaultServer, faults: Faults | None = None) -> tuple[Target, ExamplePages]:
    """The vendor's paged operation against ``COUNT`` example items, served with ``faults``."""
    operation, connect = NUMBERED[entry.vendor]
    pages = ExamplePages(entry, operation, COUNT)
    pages.listing = Listing(pages.items, **(faults(pages) if faults is not None else {}))
    server.handler = pages
    module = operation_module(entry, operation)
    identified = "id" in pages.template
    target = Target(
        module, lambda: connect(entry, server), pages.identity, identified, call_arguments(entry, operation)
    )
    return target, pages


def keys(pages: ExamplePages, items: list[Any]) -> list[Any]:
    return [pages.identity(item) for item in items]


@pytest.mark.parametrize("entry", PAGED)
@pytest.mark.parametrize("mode", MODES)
@CAPS
async def test_a_capped_page_size_is_followed(
    entry: ApiEntry, server: FaultServer, mode: str, cap_offsets: bool
) -> None:
    target, pages = setup(entry, server, lambda _: {"cap": 3, "cap_offsets": cap_offsets})
    exactly_once(await run(target, mode, **target.start()), keys(pages, pages.items))
    assert len(server.hits()) == -(-COUNT // 3)


@pytest.mark.parametrize("entry", PAGED)
@pytest.mark.parametrize("mode", MODES)
@CAPS
async def test_a_capped_page_size_is_followed_from_a_later_page(
    entry: ApiEntry, server: FaultServer, mode: str, cap_offsets: bool
) -> None:
    target, pages = setup(entry, server, lambda _: {"cap": 3, "cap_offsets": cap_offsets})
    outcome = await run(target, mode, **target.start(page=2))
    exactly_once(outcome, keys(pages, pages.items)[2 * SIZE :])


@pytest.mark.parametrize("entry", PAGED)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["empty_once", "short_once"])
async def test_an_empty_or_short_page_before_the_total_raises_and_resumes_without_loss(
    entry: ApiEntry, server: FaultServer, mode: str, fault: str
) -> None:
    target, pages = setup(entry, server, lambda _: {fault: {2}})
    expected = keys(pages, pages.items)
    outcome = await run(target, mode, **target.start())
    assert isinstance(outcome.error, target.errors.IncompletePageError)
    truthful(target, outcome, expected)
    assert outcome.keys == expected[: 2 * SIZE]
    rest = await run(target, mode, resume=outcome.error.state)
    assert outcome.keys + rest.keys == expected


@pytest.mark.parametrize("entry", PAGED)
@pytest.mark.parametrize("mode", MODES)
async def test_a_total_that_changes_mid_run_is_detected(entry: ApiEntry, server: FaultServer, mode: str) -> None:
    def appended(pages: ExamplePages) -> dict[str, Any]:
        return {"snapshot": from_position(2, pages.items, pages.items + pages.fresh(1))}

    target, pages = setup(entry, server, appended)
    outcome = await run(target, mode, **target.start())
    assert isinstance(outcome.error, target.errors.CollectionChangedError)
    assert (outcome.error.total_before, outcome.error.total_after) == (COUNT, COUNT + 1)
    truthful(target, outcome, keys(pages, pages.items))


@pytest.mark.parametrize("entry", PAGED)
@pytest.mark.parametrize("mode", MODES)
async def test_items_added_in_front_are_re_synchronised_or_reported(
    entry: ApiEntry, server: FaultServer, mode: str
) -> None:
    def inserted(pages: ExamplePages) -> dict[str, Any]:
        return {"snapshot": from_position(2, pages.items, pages.fresh(2) + pages.items)}

    target, pages = setup(entry, server, inserted)
    outcome = await run(target, mode, **target.start())
    expected = keys(pages, pages.items)
    if target.identified:
        exactly_once(outcome, expected)
    else:
        assert isinstance(outcome.error, target.errors.CollectionChangedError)
        truthful(target, outcome, expected)


@pytest.mark.parametrize("entry", PAGED)
@pytest.mark.parametrize("mode", MODES)
async def test_a_list_growing_in_front_on_every_page_is_never_silently_wrong(
    entry: ApiEntry, server: FaultServer, mode: str
) -> None:
    target, pages = setup(entry, server, lambda pages: {"snapshot": growing(pages.items, pages.fresh)})
    outcome = await run(target, mode, **target.start())
    expected = keys(pages, pages.items)
    if target.identified:
        exactly_once(outcome, expected)
    else:
        assert isinstance(outcome.error, target.errors.CollectionChangedError)
        truthful(target, outcome, expected)


@pytest.mark.parametrize("entry", IDENTIFIED)
@pytest.mark.parametrize("mode", MODES)
async def test_an_unstable_order_is_detected_where_items_have_ids(
    entry: ApiEntry, server: FaultServer, mode: str
) -> None:
    target, pages = setup(entry, server, lambda pages: {"snapshot": swapped(pages.items, 1, SIZE - 1)})
    assert target.identified
    outcome = await run(target, mode, **target.start())
    assert isinstance(outcome.error, target.errors.CollectionChangedError)
    truthful(target, outcome, keys(pages, pages.items))


@pytest.mark.parametrize("entry", PAGED)
async def test_concurrent_pages_served_out_of_order_around_an_insert_raise(
    entry: ApiEntry, server: FaultServer
) -> None:
    def out_of_order(pages: ExamplePages) -> dict[str, Any]:
        changed = pages.fresh(2) + pages.items
        return {"snapshot": at_positions({1, 2, *range(5, 20)}, pages.items, changed)}

    target, pages = setup(entry, server, out_of_order)
    outcome = await run(target, "async", concurrency=4, **target.start())
    assert isinstance(outcome.error, target.errors.CollectionChangedError)
    truthful(target, outcome, keys(pages, pages.items))


@pytest.mark.parametrize("entry", PAGED)
@pytest.mark.parametrize("concurrency", [2, 4, 8])
async def test_concurrent_paging_of_a_list_growing_with_every_request_is_never_silently_wrong(
    entry: ApiEntry, server: FaultServer, concurrency: int
) -> None:
    target, pages = setup(entry, server, lambda pages: {"snapshot": every_request(pages.items, pages.fresh)})
    outcome = await run(target, "async", concurrency=concurrency, **target.start())
    truthful(target, outcome, keys(pages, pages.items))


class LoopOnce:
    """OptiFlow's cursor pages (from the example) whose second page names itself as the next one, once."""

    def __init__(self, pages: ExamplePages) -> None:
        self.pages = pages
        self.looped = False

    def __call__(self, seen: Seen) -> Reply:
        reply = self.pages(seen)
        cursor = self.pages.declared.get("cursor-param", "cursor")
        if seen.query.get(cursor) == "p1" and not self.looped:
            self.looped = True
            body = reply.body
            holder: Any = body
            *parents, last = self.pages.declared.get("next", "cursor.next").split(".")
            for key in parents:
                holder = holder[key]
            holder[last] = "p1"
        return reply


@pytest.mark.parametrize("entry", CURSORS)
@pytest.mark.parametrize("mode", MODES)
async def test_a_cursor_loop_raises_with_a_state_that_resumes(entry: ApiEntry, server: FaultServer, mode: str) -> None:
    for operation in paginated_operations(entry):
        pages = ExamplePages(entry, operation, 12)
        server.handler = optiflow.with_token(LoopOnce(pages))
        target = Target(
            operation_module(entry, operation),
            lambda: optiflow.connect(entry, server),
            pages.identity,
            identified=False,
            arguments=call_arguments(entry, operation),
        )
        outcome = await run(target, mode)
        expected = keys(pages, pages.items)
        assert isinstance(outcome.error, target.errors.PaginationError), operation
        assert "again" in str(outcome.error)
        truthful(target, outcome, expected)
        param = importlib.import_module(f"{entry.package}.lib._pagination").scheme_for(operation).param
        state = outcome.error.state
        assert (state["operation"], state["request"], state["skip"]) == (operation, {param: "p1"}, 0)
        rest = await run(target, mode, resume=outcome.error.state)
        assert outcome.keys + rest.keys == expected, operation
