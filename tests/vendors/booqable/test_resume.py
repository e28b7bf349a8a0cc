"""A resumed run keeps its query (issue 23, item 5): Booqable's ``client.orders.list`` against a real server on
127.0.0.1 that filters and pages seven orders, one of them ``new``. The state of a filtered run, saved as JSON
after its first page, continues the filtered list with ``resume=`` alone; a different filter is refused."""

from __future__ import annotations

import copy
import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.overlays.fault_server import FaultServer, Reply, Seen
from tests.vendors.paging import entries, server

__all__ = ["server"]

RECORDED = json.loads((Path(__file__).parent / "fixtures" / "recorded.json").read_text(encoding="utf-8"))
STATUSES = ["reserved", "reserved", "new", "reserved", "reserved", "reserved", "reserved"]
ORDERS = [
    {
        **copy.deepcopy(RECORDED["pages"][0]["body"]["data"][0]),
        "id": f"00000000-0000-4000-8000-00000000000{number}",
        "attributes": {**RECORDED["pages"][0]["body"]["data"][0]["attributes"], "number": number, "status": status},
    }
    for number, status in enumerate(STATUSES, start=1)
]


def orders(seen: Seen) -> Reply:
    """``GET /orders`` as Booqable answers it: ``filter[status]`` narrows the list, then it is paged."""
    wanted = seen.query.get("filter[status]")
    listed = [order for order in ORDERS if wanted is None or order["attributes"]["status"] == wanted]
    number, size = int(seen.query["page[number]"]), int(seen.query["page[size]"])
    page = listed[(number - 1) * size : number * size]
    body = {"data": page, "meta": {"stats": {"total": {"count": len(listed)}}}}
    return Reply(200, body, content_type="application/vnd.api+json")


def connect(entry: ApiEntry, server: FaultServer) -> Any:
    server.handler = orders
    return importlib.import_module(entry.package).connect(company="acme", token="t0ken", base_url=server.url)


@pytest.mark.parametrize("entry", entries("booqable"))
def test_a_resumed_run_without_its_filter_yields_the_filtered_list(entry: ApiEntry, server: FaultServer) -> None:
    models = importlib.import_module(f"{entry.package}.models")
    reserved = models.OrderFilter(status="reserved")
    with connect(entry, server) as client:
        run = client.orders.list(filter_=reserved, page_size=2)
        first = [next(iter(run)).attributes.number]
        saved = json.loads(json.dumps(run.state))  # plain JSON: it survives a file or a queue
        assert saved["operation"] == "listOrders"
        assert saved["query"]["filter_"] == {"status": "reserved"}
        rest = [order.attributes.number for order in client.orders.list(resume=saved)]
    assert first + rest == [1, 2, 4, 5, 6, 7]  # not the `new` order 3: the filter came back with the state
    assert {seen.query.get("filter[status]") for seen in server.hits()} == {"reserved"}


@pytest.mark.parametrize("entry", entries("booqable"))
async def test_a_resumed_async_run_keeps_its_filter_and_same_arguments_are_accepted(
    entry: ApiEntry, server: FaultServer
) -> None:
    models = importlib.import_module(f"{entry.package}.models")
    reserved = models.OrderFilter(status="reserved")
    async with connect(entry, server) as client:
        run = client.orders.list(filter_=reserved, page_size=2, max_items=2)
        first = [order.attributes.number async for order in run]
        again = client.orders.list(resume=run.state, filter_=models.OrderFilter(status="reserved"))
        rest = [order.attributes.number async for order in again]
    assert first + rest == [1, 2, 4, 5, 6, 7]


@pytest.mark.parametrize("entry", entries("booqable"))
def test_resume_with_other_arguments_is_a_typed_error_naming_them(entry: ApiEntry, server: FaultServer) -> None:
    package = importlib.import_module(entry.package)
    with connect(entry, server) as client:
        run = client.orders.list(filter_=package.models.OrderFilter(status="reserved"), page_size=2)
        next(iter(run))
        other = package.models.OrderFilter(status="new")
        with pytest.raises(package.ResumeMismatchError) as caught:
            client.orders.list(resume=run.state, filter_=other, sort="number")
        with pytest.raises(package.ResumeMismatchError) as elsewhere:
            client.customers.list(resume=run.state)
    assert caught.value.arguments == ["filter_", "sort"]
    assert str(caught.value).startswith(
        "listOrders: resume= was saved with other arguments than given: filter_, sort (pass resume= alone"
    )
    assert isinstance(caught.value, package.ApiError | ValueError)
    assert elsewhere.value.arguments == ["operation"]
    assert len(server.hits()) == 1  # refused before anything was sent
