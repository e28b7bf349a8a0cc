"""OptiFlow (Planning and Resources) paging, errors and write safety through the generated packages and
``connect``, against a real server on 127.0.0.1 that also plays the token endpoint: every declared list
follows its cursors (the item key and the cursor object's name differ per API), problem+json errors become
typed errors with their violations, and ``read_modify_write`` refuses to overwrite a concurrent change."""

from __future__ import annotations

import importlib
import threading
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import paginated_operations
from tests.overlays.fault_server import FaultServer, Handler, Reply, Seen
from tests.vendors.paging import (
    awalk_all_pages,
    entries,
    example_body,
    lib,
    operation_module,
    paginated,
    server,
    walk_all_pages,
)

__all__ = ["server"]

TOKEN = {"access_token": "acc3ss", "token_type": "Bearer", "expires_in": 3600}
PROBLEM = {
    "type": "https://developer.conundra.eu/developer-portal/problem/#constraint-violation",
    "title": "Bad Request",
    "status": 400,
    "detail": "Bad request. See violations for more details.",
    "violations": [{"field": "limit", "message": "must be less than or equal to 1000"}],
}


def with_token(handler: Handler) -> Handler:
    def answer(seen: Seen) -> Reply:
        return Reply(200, TOKEN) if seen.path == "/token" else handler(seen)

    return answer


def connect(entry: ApiEntry, server: FaultServer, **options: Any) -> Any:
    package = importlib.import_module(entry.package)
    return package.connect(
        client_id="id", client_secret="s3cret", token_url=server.url + "/token", base_url=server.url, **options
    )


@pytest.mark.parametrize(("entry", "operation"), paginated("optiflow"))
def test_every_list_follows_its_cursors(entry: ApiEntry, operation: str, server: FaultServer) -> None:
    walk_all_pages(entry, operation, server, connect(entry, server), wrap=with_token)
    pages = [r for r in server.hits() if r.path != "/token"]
    assert [r.query.get("cursor") for r in pages] == [None, *[f"p{n}" for n in range(1, len(pages))]]
    assert {r.headers["authorization"] for r in pages} == {"Bearer acc3ss"}


@pytest.mark.parametrize(("entry", "operation"), paginated("optiflow"))
async def test_every_list_follows_its_cursors_async(entry: ApiEntry, operation: str, server: FaultServer) -> None:
    await awalk_all_pages(entry, operation, server, connect(entry, server), wrap=with_token)


@pytest.mark.parametrize("entry", entries("optiflow"))
def test_problem_json_errors_are_typed_with_their_violations(entry: ApiEntry, server: FaultServer) -> None:
    errors = lib(entry, "_errors")
    server.handler = with_token(lambda seen: Reply(400, PROBLEM, content_type="application/problem+json"))
    operation = paginated_operations(entry)[0]
    with connect(entry, server, retry=False) as client, pytest.raises(errors.BadRequestError) as caught:
        operation_module(entry, operation).sync(client=client, limit=5000)
    assert "Bad Request - Bad request. See violations for more details." in str(caught.value)
    assert "[limit: must be less than or equal to 1000]" in str(caught.value)
    body = caught.value.body
    assert (body.to_dict() if hasattr(body, "to_dict") else body)["violations"] == PROBLEM["violations"]
    assert "s3cret" not in str(caught.value)
    assert "acc3ss" not in str(caught.value)


class Employee:
    """``/employee/<id>`` with a version, answering a stale If-Match with 404 as the Resources API does."""

    def __init__(self, example: dict[str, Any]) -> None:
        self.lock = threading.Lock()
        self.version = 24
        self.example = example
        self.skills = ["dutch"]

    def change_elsewhere(self) -> None:
        with self.lock:
            self.version += 1
            self.skills = ["changed elsewhere"]

    def __call__(self, seen: Seen) -> Reply:
        with self.lock:
            etag = f'W/"{self.version}"'
            if seen.method == "GET":
                return Reply(200, {**self.example, "skills": self.skills}, headers={"ETag": etag})
            if seen.headers.get("if-match") != etag:
                problem = {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no such version"}
                return Reply(404, problem, content_type="application/problem+json")
            self.version += 1
            self.skills = seen.json()["skills"]
            return Reply(204, headers={"ETag": f'W/"{self.version}"'})


RESOURCES = [p for p in entries("optiflow") if p.values[0].name == "optiflow-resources"]


@pytest.mark.parametrize("entry", RESOURCES)
def test_read_modify_write_sends_the_etag_and_refuses_a_stale_write(entry: ApiEntry, server: FaultServer) -> None:
    package = importlib.import_module(entry.package)
    get, upsert = operation_module(entry, "getEmployee"), operation_module(entry, "upsertEmployee")
    server.handler = with_token(employee := Employee(example_body(entry, "getEmployee")))

    def learn_french(current: Any) -> None:
        current.skills = [*current.skills, "french"]

    with connect(entry, server) as client:
        written = package.read_modify_write(client, get, upsert, learn_french, business_id="EMP-18", prefer="minimal")
        assert written.etag == 'W/"25"'
        put = [r for r in server.hits() if r.method == "PUT"][-1]
        assert (put.headers["if-match"], put.headers["prefer"]) == ('W/"24"', "return=minimal")
        assert employee.skills == ["dutch", "french"]

        def raced(current: Any) -> None:
            employee.change_elsewhere()
            current.skills = ["mine"]

        with pytest.raises(package.PreconditionFailedError):
            package.read_modify_write(client, get, upsert, raced, business_id="EMP-18")
    assert employee.skills == ["changed elsewhere"]
