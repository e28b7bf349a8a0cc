"""Every operation of every registered spec, called once through its generated client against Prism.

Prism validates each request against the spec and reports violations in the ``sl-violations`` header;
the response it returns must parse into the generated models when the spec documents a body.
"""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from tests.conftest import COVERAGE, PrismServers, spec_document
from tests.fixture_apis import harness_apis
from tests.harness.calls import build_arguments, documented_schema, security_headers, spec_operation

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


@pytest.mark.parametrize(("entry", "operation_id"), CASES)
def test_operation_against_prism(entry: Any, operation_id: str, prism: PrismServers) -> None:
    document = spec_document(entry)
    package = importlib.import_module(entry.package)
    manifest = importlib.import_module(f"{entry.package}._spec")
    info = manifest.OPERATIONS[operation_id]
    module = importlib.import_module(f"{entry.package}.{info['module']}")
    client = package.Client(
        base_url=prism.url(entry),
        headers=security_headers(manifest.SECURITY_SCHEMES),
        raise_on_unexpected_status=True,
        timeout=30,
    )
    arguments = build_arguments(document, entry.package, info)

    response = module.sync_detailed(client=client, **arguments)

    violations = response.headers.get("sl-violations")
    assert violations is None, f"Prism says the request violates the spec: {violations}"
    assert 200 <= response.status_code < 300, response.content[:500]
    if documented_schema(document, info, response.status_code):
        assert response.parsed is not None, f"documented {response.status_code} body did not parse"
    COVERAGE[entry.name]["called"].add(operation_id)


def _error_cases() -> list[Any]:
    """(API, operation, status) for every documented error response with a JSON body.

    Prism answers with that status when asked through ``Prefer: code=<status>``; operations that take a
    ``Prefer`` header of their own (``return=minimal``) cannot ask, so they are left to the success test.
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
                for status in operation.get("responses", {}):
                    if status.isdigit() and int(status) >= 400:
                        info = {"path": path, "method": method.upper()}
                        if documented_schema(document, info, int(status)):
                            op = operation["operationId"]
                            cases.append(pytest.param(entry, op, int(status), id=f"{entry.name}:{op}:{status}"))
    return cases


@pytest.mark.parametrize(("entry", "operation_id", "status"), _error_cases())
def test_documented_error_response_parses(entry: Any, operation_id: str, status: int, prism: PrismServers) -> None:
    document = spec_document(entry)
    manifest = importlib.import_module(f"{entry.package}._spec")
    info = manifest.OPERATIONS[operation_id]
    module = importlib.import_module(f"{entry.package}.{info['module']}")
    package = importlib.import_module(entry.package)
    headers = {**security_headers(manifest.SECURITY_SCHEMES), "Prefer": f"code={status}"}
    client = package.Client(base_url=prism.url(entry), headers=headers, raise_on_unexpected_status=True, timeout=30)

    response = module.sync_detailed(client=client, **build_arguments(document, entry.package, info))

    assert response.status_code == status
    assert response.parsed is not None, f"documented {status} body did not parse: {response.content[:300]!r}"
