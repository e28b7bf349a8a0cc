"""Fault tests against a real HTTP server on 127.0.0.1 (issue 7, item 6), sync and async.

- a connection dropped mid-pagination (before the answer, or halfway through the body) is retried and the
  run neither repeats nor loses an item; with retries off, resuming from the paginator's state does the same;
- 503 with Retry-After, then 200;
- a 429 storm ends after a bounded number of attempts and a bounded (injected) waiting time;
- a truncated JSON body raises MalformedResponseError carrying the raw bytes;
- a server that does not answer in time raises TimeoutError (the default timeout is always set).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.overlays.fault_server import FaultServer, Reply, Seen, serve
from tests.overlays.paged_package import Sleeps, lib, op
from tests.overlays.paging_server import Pages

OPERATIONS = ["listItemsByCursor", "listItemsByPage", "listItemsByIndex"]
COUNT = 10
EXPECTED = [str(i) for i in range(COUNT)]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as running:
        yield running


def client_for(paged: ModuleType, server: FaultServer, sleeps: Sleeps | None = None, **options: Any) -> Any:
    retry = options.pop("retry", None)
    if retry is None:
        retry = (sleeps or Sleeps()).policy(paged, **options.pop("policy", {}))
    return lib(paged, "_client").ApiClient.build(base_url=server.url + "/api", retry=retry, **options)


def once_on_page(position: int, reply: Reply) -> Any:
    """A fault for the first request of one page only; later requests are answered normally."""
    fired = threading.Event()

    def fault(seen: Seen, page: int) -> Reply | None:
        if page == position and not fired.is_set():
            fired.set()
            return reply
        return None

    return fault


DROPS = {"no answer": Reply(drop=True), "half a body": Reply(200, {"data": [], "padding": "x" * 200}, cut_body=True)}


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("drop", DROPS)
def test_a_dropped_connection_mid_pagination_is_retried_without_duplicates(
    paged: ModuleType, server: FaultServer, operation: str, drop: str
) -> None:
    server.handler = Pages(COUNT, fault=once_on_page(1, DROPS[drop]))
    with client_for(paged, server) as client:
        ids = [item.id for item in client.paginate(op(paged, operation))]
    assert ids == EXPECTED
    assert len(server.hits()) == 5  # four pages, the second one twice


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_async_dropped_connection_mid_pagination(paged: ModuleType, server: FaultServer, operation: str) -> None:
    server.handler = Pages(COUNT, fault=once_on_page(2, Reply(drop=True)))
    async with client_for(paged, server) as client:
        ids = [item.id async for item in client.apaginate(op(paged, operation))]
    assert ids == EXPECTED


@pytest.mark.parametrize("operation", OPERATIONS)
def test_with_retries_off_a_drop_raises_and_the_run_resumes_from_its_state(
    paged: ModuleType, server: FaultServer, operation: str
) -> None:
    errors = lib(paged, "_errors")
    server.handler = Pages(COUNT, fault=once_on_page(2, Reply(drop=True)))
    seen: list[str] = []
    with client_for(paged, server, retry=False) as client:
        paginator = client.paginate(op(paged, operation))
        with pytest.raises(errors.ConnectionError):
            for item in paginator:
                seen.append(item.id)
        assert seen == EXPECTED[:6]
        seen += [item.id for item in client.paginate(op(paged, operation), resume=paginator.state)]
    assert seen == EXPECTED


async def test_async_with_retries_off_resumes_from_its_state(paged: ModuleType, server: FaultServer) -> None:
    errors = lib(paged, "_errors")
    server.handler = Pages(COUNT, fault=once_on_page(1, Reply(drop=True)))
    seen: list[str] = []
    async with client_for(paged, server, retry=False) as client:
        paginator = client.apaginate(op(paged, "listItemsByIndex"))
        with pytest.raises(errors.ConnectionError):
            async for item in paginator:
                seen.append(item.id)
        seen += [item.id async for item in client.apaginate(op(paged, "listItemsByIndex"), resume=paginator.state)]
    assert seen == EXPECTED


def item_server(*replies: Reply) -> Any:
    """Answers ``GET /api/items/7`` with the replies in order (the last one repeats)."""
    count = {"n": 0}

    def handler(seen: Seen) -> Reply:
        count["n"] += 1
        return replies[min(count["n"], len(replies)) - 1]

    return handler


OK = Reply(200, {"id": "7", "name": "seven"})


def test_503_with_retry_after_then_200(paged: ModuleType, server: FaultServer) -> None:
    sleeps = Sleeps()
    server.handler = item_server(Reply(503, {"title": "maintenance"}, headers={"Retry-After": "3"}), OK)
    with client_for(paged, server, sleeps) as client:
        assert op(paged, "getItem").sync(client=client, id="7").name == "seven"
    assert len(server.hits()) == 2
    assert sleeps.waits == [3.0]


async def test_async_503_with_retry_after_then_200(paged: ModuleType, server: FaultServer) -> None:
    sleeps = Sleeps()
    server.handler = item_server(Reply(503, headers={"Retry-After": "3"}), OK)
    async with client_for(paged, server, sleeps) as client:
        assert (await op(paged, "getItem").asyncio(client=client, id="7")).name == "seven"
    assert sleeps.waits == [3.0]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_429_storm_stays_bounded_in_count_and_time(paged: ModuleType, server: FaultServer, mode: str) -> None:
    errors = lib(paged, "_errors")
    sleeps = Sleeps()
    server.handler = item_server(Reply(429, {"message": "slow down"}, headers={"Retry-After": "4"}))
    policy = {"max_retries": 50, "budget": 30.0}
    with pytest.raises(errors.RateLimitedError) as caught:
        if mode == "sync":
            with client_for(paged, server, sleeps, policy=policy) as client:
                op(paged, "getItem").sync(client=client, id="7")
        else:
            async with client_for(paged, server, sleeps, policy=policy) as client:
                await op(paged, "getItem").asyncio(client=client, id="7")
    assert len(server.hits()) == 8  # 1 + 7 retries: the 8th wait would pass the 30 s budget
    assert sum(sleeps.waits) <= 30.0
    assert caught.value.retry_after == 4


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_truncated_json_body_raises_malformed_with_the_raw_bytes(
    paged: ModuleType, server: FaultServer, mode: str
) -> None:
    errors = lib(paged, "_errors")
    raw = b'{"id": "7", "name": "sev'
    server.handler = item_server(Reply(200, raw))
    with pytest.raises(errors.MalformedResponseError) as caught:
        if mode == "sync":
            with client_for(paged, server) as client:
                op(paged, "getItem").sync(client=client, id="7")
        else:
            async with client_for(paged, server) as client:
                await op(paged, "getItem").asyncio(client=client, id="7")
    assert caught.value.content == raw
    assert caught.value.response.status_code == 200
    assert len(server.hits()) == 1  # a complete but invalid answer is not retried


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_server_that_does_not_answer_in_time_raises_timeout(
    paged: ModuleType, server: FaultServer, mode: str
) -> None:
    errors = lib(paged, "_errors")
    release = threading.Event()

    def stall(seen: Seen) -> Reply:
        release.wait(5)
        return OK

    server.handler = stall
    limits = {"timeout": 5, "attempt_timeout": 0.2, "policy": {"max_retries": 1}}
    try:
        with pytest.raises(errors.TimeoutError) as caught:
            if mode == "sync":
                with client_for(paged, server, **limits) as client:
                    op(paged, "getItem").sync(client=client, id="7")
            else:
                async with client_for(paged, server, **limits) as client:
                    await op(paged, "getItem").asyncio(client=client, id="7")
    finally:
        release.set()
    assert len(server.hits()) == 2  # a read timeout of one attempt on a GET is retried, then reported
    assert caught.value.limit == "read"
