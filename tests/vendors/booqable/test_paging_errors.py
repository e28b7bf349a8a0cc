"""Booqable paging, errors, retries and rate limits through the generated package and ``connect``, against a
real server on 127.0.0.1: every declared list and search pages through (sync and async, asking for the
total), recorded real exchanges replay (five pages of one order; a 404 and a 400 JSON:API error), the search
POST is retried as the registry allows, and ``X-RateLimit-*`` is respected."""

from __future__ import annotations

import importlib
import json
import typing
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from specs._pipeline.registry import ApiEntry
from tests.overlays.fault_server import FaultServer, Reply, Seen
from tests.overlays.paged_package import Sleeps
from tests.vendors.paging import (
    awalk_all_pages,
    entries,
    lib,
    operation_module,
    paginated,
    server,
    walk_all_pages,
)

__all__ = ["server"]

RECORDED = json.loads((Path(__file__).parent / "fixtures" / "recorded.json").read_text(encoding="utf-8"))


def connect(entry: ApiEntry, server: FaultServer, **options: Any) -> Any:
    package = importlib.import_module(entry.package)
    return package.connect(company="acme", token="t0ken", base_url=server.url, **options)


def policy(entry: ApiEntry, sleeps: Sleeps, **changes: Any) -> Any:
    return lib(entry, "_retry").RetryPolicy(
        sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, clock=sleeps.clock, jitter=lambda: 1.0, **changes
    )


@pytest.mark.parametrize(("entry", "operation"), paginated("booqable"))
def test_every_list_and_search_pages_through(entry: ApiEntry, operation: str, server: FaultServer) -> None:
    walk_all_pages(entry, operation, server, connect(entry, server))
    hits = server.hits()
    assert [r.query["page[number]"] for r in hits] == ["1", "2", "3"]
    assert {r.query["page[size]"] for r in hits} == {"100"}
    assert {r.query.get("stats[total][]") for r in hits} == {"count"}  # so the last page is known
    assert {r.headers["authorization"] for r in hits} == {"Bearer t0ken"}


@pytest.mark.parametrize(("entry", "operation"), paginated("booqable"))
async def test_every_list_and_search_pages_through_async(entry: ApiEntry, operation: str, server: FaultServer) -> None:
    await awalk_all_pages(entry, operation, server, connect(entry, server))
    assert sorted(r.query["page[number]"] for r in server.hits()) == ["1", "2", "3"]


def replay(seen: Seen) -> Reply:
    """The recorded pages, chosen by ``page[number]``."""
    for page in RECORDED["pages"]:
        recorded = dict(parse_qsl(urlsplit(page["request"]).query))
        if recorded["page[number]"] == seen.query.get("page[number]"):
            return Reply(200, page["body"], headers=page["headers"], content_type="application/vnd.api+json")
    return Reply(404, RECORDED["errors"]["not_found"]["body"], content_type="application/vnd.api+json")


@pytest.mark.parametrize("entry", entries("booqable"))
def test_recorded_pages_replay_into_five_orders(entry: ApiEntry, server: FaultServer) -> None:
    server.handler = replay
    list_orders = operation_module(entry, "listOrders")
    with connect(entry, server) as client:
        pages = list(client.paginate(list_orders, page_size=1).pages())
    expected = [page["body"]["data"][0]["id"] for page in RECORDED["pages"]]
    assert [str(order.id) for page in pages for order in page.items] == expected
    assert {page.total for page in pages} == {5}
    assert len(server.hits()) == 5  # the total says page 5 is the last: no sixth request


@pytest.mark.parametrize("entry", entries("booqable"))
@pytest.mark.parametrize("case", ["not_found", "bad_request"])
def test_recorded_json_api_errors_are_typed_and_parsed(entry: ApiEntry, server: FaultServer, case: str) -> None:
    recorded = RECORDED["errors"][case]
    server.handler = lambda seen: Reply(recorded["status"], recorded["body"], content_type="application/vnd.api+json")
    errors = lib(entry, "_errors")
    expected = {"not_found": errors.NotFoundError, "bad_request": errors.BadRequestError}[case]
    with connect(entry, server, retry=False) as client, pytest.raises(expected) as caught:
        operation_module(entry, "getOrder").sync(client=client, id="c6d1bf6f-0446-4fb2-a642-eb8accd39406")
    first = recorded["body"]["errors"][0]
    assert caught.value.status == recorded["status"]
    assert first["title"] in str(caught.value)
    body = caught.value.body
    assert (body.to_dict() if hasattr(body, "to_dict") else body)["errors"][0]["code"] == first["code"]
    assert "t0ken" not in str(caught.value)


@pytest.mark.parametrize("entry", entries("booqable"))
def test_search_post_is_retried_because_the_registry_marks_it_safe(entry: ApiEntry, server: FaultServer) -> None:
    spec = importlib.import_module(f"{entry.package}._spec")
    assert spec.OPERATIONS["searchOrders"]["repeatable"] is True
    answers = iter([Reply(503, headers={"Retry-After": "2"})])
    server.handler = lambda seen: next(answers, None) or replay(seen)
    sleeps = Sleeps()
    search = operation_module(entry, "searchOrders")
    body = _search_body(search)
    with connect(entry, server, retry=policy(entry, sleeps)) as client:
        search.sync(client=client, body=body, page_number=1, page_size=1)
    assert [r.method for r in server.hits()] == ["POST", "POST"]
    assert sleeps.waits == [2.0]


def _search_body(module: Any) -> Any:
    """An empty search request of the operation's body type (no conditions: every order)."""
    hints = typing.get_type_hints(module.sync_detailed)
    for candidate in typing.get_args(hints["body"]) or (hints["body"],):
        if hasattr(candidate, "from_dict"):
            return candidate.from_dict({})
    raise AssertionError(f"{module.__name__} takes no model body")


@pytest.mark.parametrize("entry", entries("booqable"))
def test_a_spent_rate_limit_window_is_waited_out(entry: ApiEntry, server: FaultServer) -> None:
    spent = {**RECORDED["pages"][0]["headers"], "X-Ratelimit-Remaining": "0"}
    server.handler = lambda seen: Reply(200, RECORDED["pages"][0]["body"], headers=spent)
    sleeps = Sleeps()
    list_orders = operation_module(entry, "listOrders")
    with connect(entry, server, retry=policy(entry, sleeps), timeout=120) as client:  # room for a 60 s wait
        list_orders.sync(client=client, page_size=1)
        assert sleeps.waits == []
        list_orders.sync(client=client, page_size=1)
    assert sleeps.waits == [60.0]  # X-Ratelimit-Period


@pytest.mark.parametrize("entry", entries("booqable"))
def test_429_storm_is_bounded(entry: ApiEntry, server: FaultServer) -> None:
    errors = lib(entry, "_errors")
    server.handler = lambda seen: Reply(429, {"errors": [{"title": "Too many requests"}]}, headers={"Retry-After": "5"})
    sleeps = Sleeps()
    retry = policy(entry, sleeps, max_retries=3)
    with connect(entry, server, retry=retry) as client, pytest.raises(errors.RateLimitedError) as caught:
        operation_module(entry, "listOrders").sync(client=client)
    assert len(server.hits()) == 4
    assert sleeps.waits == [5.0, 5.0, 5.0]
    assert caught.value.retry_after == 5
