"""PlanningPME paging and errors through the generated package and ``connect``, against a real server on
127.0.0.1: every declared list pages through by ``pageIndex``/``pageSize`` (sync, and async with concurrent
pages since ``totalItems`` is known), and error answers become typed errors carrying PlanningPME's body."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.overlays.fault_server import FaultServer, Reply
from tests.vendors.paging import awalk_all_pages, entries, lib, operation_module, paginated, server, walk_all_pages

__all__ = ["server"]


def connect(entry: ApiEntry, server: FaultServer, **options: Any) -> Any:
    package = importlib.import_module(entry.package)
    return package.connect(brand="acme", app_key="app-k3y", base_url=server.url, **options)


@pytest.mark.parametrize(("entry", "operation"), paginated("planningpme"))
def test_every_list_pages_through(entry: ApiEntry, operation: str, server: FaultServer) -> None:
    walk_all_pages(entry, operation, server, connect(entry, server))
    hits = server.hits()
    assert [r.query["pageIndex"] for r in hits] == ["0", "1", "2"]
    assert {r.query["pageSize"] for r in hits} == {"100"}  # always sent: without it the whole list comes back


@pytest.mark.parametrize(("entry", "operation"), paginated("planningpme"))
async def test_every_list_pages_through_async(entry: ApiEntry, operation: str, server: FaultServer) -> None:
    await awalk_all_pages(entry, operation, server, connect(entry, server))
    assert sorted(r.query["pageIndex"] for r in server.hits()) == ["0", "1", "2"]


@pytest.mark.parametrize("entry", entries("planningpme"))
@pytest.mark.parametrize(("status", "error"), [(400, "BadRequestError"), (404, "NotFoundError"), (500, "ServerError")])
def test_errors_are_typed_and_carry_the_message(entry: ApiEntry, server: FaultServer, status: int, error: str) -> None:
    server.handler = lambda seen: Reply(status, {"message": "Item not found."})
    errors = lib(entry, "_errors")
    with connect(entry, server, retry=False) as client, pytest.raises(getattr(errors, error)) as caught:
        operation_module(entry, "getTask").sync(client=client, id=756)
    assert caught.value.status == status
    assert "Item not found." in str(caught.value)
    body = caught.value.body
    models = importlib.import_module(f"{entry.package}.models")
    if status == 404:  # documented for getTask: the error model, not a second `ApiError` beside the exception
        assert isinstance(body, models.ErrorMessage)
    assert (body.to_dict() if status == 404 else body) == {"message": "Item not found."}
    assert not hasattr(models, "ApiError")
    assert "app-k3y" not in str(caught.value)


@pytest.mark.parametrize("entry", entries("planningpme"))
async def test_a_truncated_page_raises_malformed_with_the_raw_bytes(entry: ApiEntry, server: FaultServer) -> None:
    errors = lib(entry, "_errors")
    raw = b'{"totalItems": 3, "items": [{"key": 1, "label": "Pia'
    server.handler = lambda seen: Reply(200, raw)
    async with connect(entry, server) as client:
        with pytest.raises(errors.MalformedResponseError) as caught:
            async for _ in client.apaginate(operation_module(entry, "listTasks")):
                pass
    assert caught.value.content == raw
