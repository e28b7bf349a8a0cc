"""Per-call options on every method (overlays/common/_options.py): ``timeout``, ``extra_headers``,
``extra_query`` and ``retry`` for one call, against a real loopback server; ``with_options`` takes the same
names; credentials cannot be set this way."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY
from tests.overlays.fault_server import FaultServer, Reply, Seen, serve

ENTRIES = [pytest.param(entry, id=entry.name) for entry in REGISTRY if entry.vendor == "booqable"]
ORDER = "0b0c9a4e-0000-4000-8000-000000000001"


def order(seen: Seen) -> Reply:
    record = {"id": ORDER, "type": "orders", "attributes": {"number": 1}}
    if seen.path.endswith("/orders"):  # a list: one page of it
        return Reply(200, {"data": [record], "meta": {"stats": {"total": {"count": 1}}}})
    return Reply(200, {"data": record})


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as running:
        running.handler = order
        yield running


def connect(entry: ApiEntry, server: FaultServer, **options: Any) -> Any:
    package = importlib.import_module(entry.package)
    return package.connect(company="acme", token="t0ken", base_url=server.url, **options)


@pytest.mark.parametrize("entry", ENTRIES)
def test_extra_headers_and_query_go_with_that_call_only(entry: ApiEntry, server: FaultServer) -> None:
    with connect(entry, server) as client:
        first = client.orders.get(ORDER, extra_headers={"X-Trace": "abc"}, extra_query={"debug": 1})
        client.orders.get(ORDER)
    assert first.id.hex == ORDER.replace("-", "")
    with_options, plain = server.hits()
    assert with_options.headers["x-trace"] == "abc" and with_options.query["debug"] == "1"
    assert with_options.headers["authorization"] == "Bearer t0ken"  # the client's auth still signs it
    assert "x-trace" not in plain.headers and "debug" not in plain.query


@pytest.mark.parametrize("entry", ENTRIES)
async def test_the_async_client_takes_the_same_options(entry: ApiEntry, server: FaultServer) -> None:
    async with connect(entry, server) as client:
        await client.orders.get(ORDER, extra_headers={"X-Trace": "async"})
        pages = [order async for order in client.orders.list(max_pages=1, extra_query={"debug": "yes"})]
    get, listed = server.hits()
    assert get.headers["x-trace"] == "async"
    assert listed.query["debug"] == "yes" and listed.path.endswith("/orders")
    assert [o.id.hex for o in pages] == [ORDER.replace("-", "")]


@pytest.mark.parametrize("entry", ENTRIES)
def test_a_call_timeout_bounds_that_call(entry: ApiEntry, server: FaultServer) -> None:
    errors = importlib.import_module(entry.package)
    held = threading.Event()
    server.handler = lambda seen: Reply(200, {"data": []}, hold=held)
    try:
        with connect(entry, server) as client, pytest.raises(errors.TimeoutError):
            client.orders.get(ORDER, timeout=0.3, retry=False)  # the client's own timeout is 30 s
    finally:
        held.set()


@pytest.mark.parametrize("entry", ENTRIES)
def test_retry_false_sends_once(entry: ApiEntry, server: FaultServer) -> None:
    errors = importlib.import_module(entry.package)
    server.handler = lambda seen: Reply(503, {"errors": [{"status": "503", "title": "busy"}]})
    with connect(entry, server) as client, pytest.raises(errors.HTTPStatusError) as raised:
        client.orders.get(ORDER, retry=False)
    assert raised.value.status == 503
    assert len(server.hits()) == 1


@pytest.mark.parametrize("entry", ENTRIES)
@pytest.mark.parametrize(
    "options",
    [
        {"extra_headers": {"Authorization": "Bearer other"}},
        {"extra_headers": {"cookie": "session=1"}},
    ],
)
def test_credentials_cannot_be_set_per_call(entry: ApiEntry, server: FaultServer, options: dict[str, Any]) -> None:
    with connect(entry, server) as client:
        with pytest.raises(ValueError, match="credentials come from connect"):
            client.orders.get(ORDER, **options)
        with pytest.raises(ValueError, match="credentials come from connect"):
            client.with_options(**options)
    assert server.hits() == []


@pytest.mark.parametrize("entry", ENTRIES)
def test_with_options_takes_the_same_names(entry: ApiEntry, server: FaultServer) -> None:
    with connect(entry, server) as client:
        traced = client.with_options(extra_headers={"X-Trace": "kept"}, extra_query={"debug": 1}, timeout=5)
        traced.orders.get(ORDER)
        traced.orders.get(ORDER, extra_headers={"X-More": "1"})
        client.orders.get(ORDER)
    kept, more, plain = server.hits()
    assert kept.headers["x-trace"] == more.headers["x-trace"] == "kept"
    assert more.headers["x-more"] == "1" and kept.query["debug"] == more.query["debug"] == "1"
    assert "x-trace" not in plain.headers


def tagged(seen: Seen) -> Reply:
    return Reply(200, order(seen).body, headers={"ETag": '"v7"', "X-RateLimit-Remaining": "41"})


@pytest.mark.parametrize("entry", ENTRIES)
def test_with_raw_response_gives_the_answer_and_the_typed_result(entry: ApiEntry, server: FaultServer) -> None:
    m = importlib.import_module(f"{entry.package}.models")
    server.handler = tagged
    with connect(entry, server) as client:
        answer = client.orders.with_raw_response.get(ORDER, include="customer", timeout=5)
        page = client.orders.with_raw_response.list(page_size=1)
    assert answer.status_code == 200 and answer.headers["x-ratelimit-remaining"] == "41"
    assert answer.etag == '"v7"' and answer.http_response.request.url.params["include"] == "customer"
    assert isinstance(answer.parse(), m.Order) and answer.parse().id.hex == ORDER.replace("-", "")
    document = answer.parse_envelope()
    assert isinstance(document, m.OrderResponse) and document.data.id == answer.parse().id
    assert [o.id for o in page.parse().items] == [answer.parse().id] and page.status_code == 200
    assert len(server.hits()) == 2


@pytest.mark.parametrize("entry", ENTRIES)
async def test_with_raw_response_async(entry: ApiEntry, server: FaultServer) -> None:
    m = importlib.import_module(f"{entry.package}.models")
    server.handler = tagged
    async with connect(entry, server) as client:
        answer = await client.orders.with_raw_response.get(ORDER)
        page = await client.orders.with_raw_response.list(page_size=1, max_pages=1)
    assert isinstance(answer.parse(), m.Order) and answer.etag == '"v7"'
    assert [o.id for o in page.parse().items] == [answer.parse().id]


@pytest.mark.parametrize("entry", ENTRIES)
def test_with_raw_response_raises_the_typed_errors(entry: ApiEntry, server: FaultServer) -> None:
    errors = importlib.import_module(entry.package)
    server.handler = lambda seen: Reply(404, {"errors": [{"status": "404", "title": "Not found"}]})
    with connect(entry, server) as client, pytest.raises(errors.NotFoundError):
        client.orders.with_raw_response.get(ORDER, retry=False)
