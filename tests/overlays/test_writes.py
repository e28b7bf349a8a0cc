"""Write safety (overlays/common/_writes.py) against a real server on 127.0.0.1 that versions one entity:
the ETag read goes back in If-Match, a concurrent change makes the write fail with PreconditionFailedError
instead of being overwritten, and Prefer asks for the representation or nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from tests.overlays.fault_server import FaultServer, Reply, Seen, serve
from tests.overlays.paged_package import lib, op


class VersionedItem:
    """``/api/items/7`` with a version: GET sends ``ETag: W/"<n>"``; PUT needs the current one in If-Match."""

    def __init__(self, stale_status: int = 412) -> None:
        self.lock = threading.Lock()
        self.version = 1
        self.name = "original"
        self.stale_status = stale_status

    @property
    def etag(self) -> str:
        return f'W/"{self.version}"'

    def external_change(self, name: str) -> None:
        with self.lock:
            self.version += 1
            self.name = name

    def __call__(self, seen: Seen) -> Reply:
        with self.lock:
            if seen.method == "GET":
                return Reply(200, {"id": "7", "name": self.name}, headers={"ETag": self.etag})
            if seen.headers.get("if-match") != self.etag:
                return Reply(
                    self.stale_status,
                    {"title": "Stale", "status": self.stale_status},
                    content_type="application/problem+json",
                )
            self.version += 1
            self.name = seen.json()["name"]
            if seen.headers.get("prefer") == "return=minimal":
                return Reply(204, headers={"ETag": self.etag, "Preference-Applied": "return=minimal"})
            return Reply(200, {"id": "7", "name": self.name}, headers={"ETag": self.etag})


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as running:
        yield running


def client_for(paged: ModuleType, server: FaultServer) -> Any:
    return lib(paged, "_client").ApiClient.build(base_url=server.url + "/api", retry=False)


def rename(name: str) -> Any:
    def change(item: Any) -> None:
        item.name = name

    return change


def test_the_etag_read_is_sent_back_and_the_change_is_stored(paged: ModuleType, server: FaultServer) -> None:
    writes = lib(paged, "_writes")
    server.handler = entity = VersionedItem()
    with client_for(paged, server) as client:
        result = writes.read_modify_write(
            client,
            op(paged, "getItem"),
            op(paged, "upsertItem"),
            rename("renamed"),
            id="7",
            prefer="representation",
        )
    put = server.hits()[-1]
    assert put.method == "PUT"
    assert put.headers["if-match"] == 'W/"1"'
    assert put.headers["prefer"] == "return=representation"
    assert result.entity.name == "renamed"
    assert result.etag == 'W/"2"'
    assert entity.name == "renamed"


def test_prefer_minimal_returns_no_entity_but_the_new_etag(paged: ModuleType, server: FaultServer) -> None:
    writes = lib(paged, "_writes")
    server.handler = VersionedItem()
    with client_for(paged, server) as client:
        result = writes.read_modify_write(
            client, op(paged, "getItem"), op(paged, "upsertItem"), rename("x"), id="7", prefer="minimal"
        )
    assert (result.status, result.entity, result.etag) == (204, None, 'W/"2"')


@pytest.mark.parametrize("stale_status", [412, 404])
def test_a_concurrent_change_is_not_overwritten(paged: ModuleType, server: FaultServer, stale_status: int) -> None:
    """404 is how the OptiFlow Resources API refuses an If-Match that is no longer current."""
    writes, errors = lib(paged, "_writes"), lib(paged, "_errors")
    server.handler = entity = VersionedItem(stale_status)

    def change_raced_by_someone_else(item: Any) -> None:
        entity.external_change("their change")  # lands between our read and our write
        item.name = "our change"

    with client_for(paged, server) as client, pytest.raises(errors.PreconditionFailedError) as caught:
        writes.read_modify_write(
            client, op(paged, "getItem"), op(paged, "upsertItem"), change_raced_by_someone_else, id="7"
        )
    assert entity.name == "their change"
    assert 'W/"1"' in str(caught.value)
    assert caught.value.status == stale_status


async def test_async_read_modify_write(paged: ModuleType, server: FaultServer) -> None:
    writes, errors = lib(paged, "_writes"), lib(paged, "_errors")
    server.handler = entity = VersionedItem()
    async with client_for(paged, server) as client:
        result = await writes.aread_modify_write(
            client,
            op(paged, "getItem"),
            op(paged, "upsertItem"),
            lambda item: paged.models.Item(id="7", name="new"),
            id="7",
        )
        assert result.etag == 'W/"2"'

        def raced(item: Any) -> None:
            entity.external_change("theirs")

        with pytest.raises(errors.PreconditionFailedError):
            await writes.aread_modify_write(client, op(paged, "getItem"), op(paged, "upsertItem"), raced, id="7")
    assert entity.name == "theirs"


def test_an_operation_without_if_match_is_refused(paged: ModuleType, server: FaultServer) -> None:
    writes = lib(paged, "_writes")
    server.handler = VersionedItem()
    with client_for(paged, server) as client, pytest.raises(ValueError, match="no If-Match"):
        writes.read_modify_write(client, op(paged, "getItem"), op(paged, "deleteItem"), rename("x"), id="7")


def test_a_read_without_etag_cannot_be_written_safely(paged: ModuleType, server: FaultServer) -> None:
    writes, errors = lib(paged, "_writes"), lib(paged, "_errors")
    server.handler = lambda seen: Reply(200, {"id": "7", "name": "x"})
    with client_for(paged, server) as client, pytest.raises(errors.MalformedResponseError, match="without an ETag"):
        writes.read_modify_write(client, op(paged, "getItem"), op(paged, "upsertItem"), rename("x"), id="7")
    assert [r.method for r in server.hits()] == ["GET"]
