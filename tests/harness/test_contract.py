"""Every operation of every registered spec, called once through its generated client against Prism.

Prism validates each request against the spec and reports violations in the ``sl-violations`` header;
the response it returns must parse into the generated models when the spec documents a body.

Every documented error response of every operation must parse too. Most operations share their error
responses (``$ref: '#/components/responses/NotFound'``), so Prism is asked once per distinct response of an
API (same status, same response object: same schema, same examples, so the same body from Prism); every
other operation documenting that response gets Prism's recorded answer through an ``httpx.MockTransport``
and parses it through its own generated module. That keeps a test per (operation, status) and one Prism
call per operation plus one per distinct error response, instead of one per (operation, status): a Prism
round trip costs tens of milliseconds, and the shared error responses are on every operation.
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from typing import Any

import httpx
import pytest

from tests.conftest import COVERAGE, PrismServers, spec_document
from tests.fixture_apis import harness_apis
from tests.harness.calls import build_arguments, documented_schema, security_headers, spec_operation
from tests.harness.schemas import resolve

HARNESS_APIS = harness_apis()
"""The registered APIs and the fixture ones (the fifth API, tests/fifth/)."""

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def _operation_ids(document: dict[str, Any]) -> list[str]:
    return [
        operation["operationId"]
        for item in document.get("paths", {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


CASES = [
    pytest.param(entry, op, id=f"{entry.name}:{op}")
    for entry in HARNESS_APIS
    for op in _operation_ids(spec_document(entry))
]
for _entry in HARNESS_APIS:
    COVERAGE[_entry.name]["all"].update(_operation_ids(spec_document(_entry)))


_CLIENTS: dict[tuple[str, str, str], Any] = {}


def client_for(entry: Any, base_url: str, **headers: str) -> Any:
    """One generated ``Client`` per API, address and extra headers, kept for the session (a new one per test
    built a new connection pool each time)."""
    key = (entry.name, base_url, json.dumps(headers, sort_keys=True))
    if key not in _CLIENTS:
        package = importlib.import_module(entry.package)
        manifest = importlib.import_module(f"{entry.package}._spec")
        _CLIENTS[key] = package.Client(
            base_url=base_url,
            headers={**security_headers(manifest.SECURITY_SCHEMES), **headers},
            raise_on_unexpected_status=True,
            timeout=30,
        )
    return _CLIENTS[key]


@cache
def arguments_for(api: str, operation_id: str) -> dict[str, Any]:
    """The operation's sampled arguments, built once (the success test and each error test use them)."""
    entry = next(e for e in HARNESS_APIS if e.name == api)
    info = importlib.import_module(f"{entry.package}._spec").OPERATIONS[operation_id]
    return build_arguments(spec_document(entry), entry.package, info)


def operation_module(entry: Any, operation_id: str) -> tuple[dict[str, Any], Any]:
    info = importlib.import_module(f"{entry.package}._spec").OPERATIONS[operation_id]
    return info, importlib.import_module(f"{entry.package}.{info['module']}")


@pytest.mark.parametrize(("entry", "operation_id"), CASES)
def test_operation_against_prism(entry: Any, operation_id: str, prism: PrismServers) -> None:
    document = spec_document(entry)
    info, module = operation_module(entry, operation_id)
    client = client_for(entry, prism.url(entry))

    response = module.sync_detailed(client=client, **arguments_for(entry.name, operation_id))

    violations = response.headers.get("sl-violations")
    assert violations is None, f"Prism says the request violates the spec: {violations}"
    assert 200 <= response.status_code < 300, response.content[:500]
    if documented_schema(document, info, response.status_code):
        assert response.parsed is not None, f"documented {response.status_code} body did not parse"
    COVERAGE[entry.name]["called"].add(operation_id)


def _error_cases() -> list[Any]:
    """(API, operation, status, response key) for every documented error response with a JSON body.

    Prism answers with that status when asked through ``Prefer: code=<status>``; operations that take a
    ``Prefer`` header of their own (``return=minimal``) cannot ask, so they are left to the success test.
    The response key names the response object as the spec gives it (status and resolved content): cases
    with the same key get the same answer from Prism.
    """
    cases = []
    for entry in HARNESS_APIS:
        document = spec_document(entry)
        for path, item in document.get("paths", {}).items():
            for method, operation in item.items():
                if method not in HTTP_METHODS:
                    continue
                _, params = spec_operation(document, path, method)
                if any(p["in"] == "header" and p["name"].lower() == "prefer" for p in params):
                    continue
                for status, response in operation.get("responses", {}).items():
                    if status.isdigit() and int(status) >= 400:
                        info = {"path": path, "method": method.upper()}
                        if documented_schema(document, info, int(status)):
                            op = operation["operationId"]
                            key = json.dumps([status, resolve(document, response)], sort_keys=True)
                            param = pytest.param(entry, op, int(status), key, id=f"{entry.name}:{op}:{status}")
                            cases.append(param)
    return cases


_REPLAYS: dict[tuple[str, str], Any] = {}
"""Per (API, response key): a generated ``Client`` whose transport gives Prism's recorded answer."""


def record(entry: Any, response_key: str, response: Any) -> None:
    """Keep Prism's answer (status, content type, body) for the other operations with the same response."""
    code, body = int(response.status_code), response.content
    headers = {"content-type": response.headers.get("content-type", "application/json")}
    replay = httpx.MockTransport(lambda request: httpx.Response(code, headers=headers, content=body))
    package = importlib.import_module(entry.package)
    manifest = importlib.import_module(f"{entry.package}._spec")
    _REPLAYS[(entry.name, response_key)] = package.Client(
        base_url="http://prism.recorded",
        headers=security_headers(manifest.SECURITY_SCHEMES),
        raise_on_unexpected_status=True,
        httpx_args={"transport": replay},
    )


@pytest.mark.parametrize(("entry", "operation_id", "status", "response_key"), _error_cases())
def test_documented_error_response_parses(
    entry: Any, operation_id: str, status: int, response_key: str, prism: PrismServers
) -> None:
    _, module = operation_module(entry, operation_id)
    replay = _REPLAYS.get((entry.name, response_key))
    if replay is None:  # the first operation with this response asks Prism, through the network
        client = client_for(entry, prism.url(entry), Prefer=f"code={status}")
        response = module.sync_detailed(client=client, **arguments_for(entry.name, operation_id))
        assert response.status_code == status
        record(entry, response_key, response)
    else:  # the others get the same answer without the round trip, parsed by their own generated code
        response = module.sync_detailed(client=replay, **arguments_for(entry.name, operation_id))

    assert response.status_code == status
    assert response.parsed is not None, f"documented {status} body did not parse: {response.content[:300]!r}"
