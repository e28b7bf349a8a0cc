"""The "Paging" and "Errors" sections of every generated README run as written, against a local server.

Each ``python`` block is executed verbatim (async functions it defines are run too); only ``connect`` is
pointed at a server on 127.0.0.1 that serves the declared lists from their examples, plays the token
endpoint and answers everything else with the vendor's 404 error body. Where an OptiFlow block names an
operation of the package it belongs to (``list_op``, ``get_op``...), that name is given to it.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import re
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY, ROOT
from tests.overlays.fault_server import FaultServer, Reply, Seen
from tests.quickstart import point_connect_at
from tests.vendors.optiflow.test_paging_errors import TOKEN, Employee
from tests.vendors.paging import ExamplePages, example_body, operation_module, server

__all__ = ["server"]

SECTIONS = ("## Paging", "## Errors")
NOT_FOUND = {
    "optiflow": ({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no such entity"}, "problem"),
    "booqable": ({"errors": [{"code": "resources_not_found", "status": "404", "title": "Resource(s) not found"}]}, ""),
    "planningpme": ({"message": "Item not found."}, ""),
}
NAMES = {
    "optiflow-planning": {"list_op": "listPlanProfiles", "get_op": "getPlanProfile", "ids": {"id": "default"}},
    "optiflow-resources": {
        "list_op": "getPagedEmployees",
        "get_op": "getEmployee",
        "ids": {"business_id": "EMP-18"},
        "get_employee": "getEmployee",
        "upsert_employee": "upsertEmployee",
    },
}

SKIP = {"optiflow-planning": "read_modify_write"}
"""The write-safety block shows the Resources API's employees; the Planning package runs the others."""


def blocks(entry: ApiEntry) -> list[tuple[str, str]]:
    """(section title, code) of every python block in the Paging and Errors sections of the README."""
    readme = (ROOT / "generated" / entry.distribution / "README.md").read_text(encoding="utf-8")
    found = []
    for part in readme.split("\n## ")[1:]:
        title = "## " + part.splitlines()[0]
        if title.startswith(SECTIONS):
            found += [(title, code) for code in re.findall(r"```python\n(.*?)```", part, flags=re.DOTALL)]
    return found


class Router:
    """Token endpoint, the declared lists (from their examples), one versioned employee, else 404."""

    def __init__(self, entry: ApiEntry) -> None:
        spec = importlib.import_module(f"{entry.package}._spec")
        self.lists = {spec.OPERATIONS[op]["path"]: ExamplePages(entry, op, 250) for op in entry.pagination}
        self.employee = Employee(example_body(entry, "getEmployee")) if "getEmployee" in spec.OPERATIONS else None
        self.not_found = NOT_FOUND[entry.vendor]

    def __call__(self, seen: Seen) -> Reply:
        if seen.path.endswith("/token"):
            return Reply(200, TOKEN)
        if seen.path in self.lists:
            return self.lists[seen.path](seen)
        if self.employee is not None and seen.path.startswith("/employee/"):
            return self.employee(seen)
        body, kind = self.not_found
        return Reply(404, body, content_type=f"application/{kind}+json" if kind else "application/json")


README_APIS = [
    pytest.param(entry, id=entry.name) for entry in REGISTRY if entry.vendor in NOT_FOUND and entry.pagination
]


@pytest.mark.parametrize("entry", README_APIS)
def test_paging_and_error_sections_run_as_written(
    entry: ApiEntry, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = blocks(entry)
    assert {title.split()[1].strip(",") for title, _ in found} == {"Paging", "Errors"}, "both sections with code"
    server.handler = Router(entry)
    oauth = {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": server.url + "/token"}}}}
    point_connect_at(monkeypatch, entry, server.url, oauth if entry.vendor == "optiflow" else None)
    names = {
        name: operation_module(entry, value) if isinstance(value, str) else value
        for name, value in NAMES.get(entry.name, {}).items()
    }
    for number, (title, code) in enumerate(found):
        if entry.name in SKIP and SKIP[entry.name] in code:
            continue
        namespace: dict[str, Any] = {"__name__": "__readme__", **names}
        exec(compile(code, f"<{entry.distribution} README {title} block {number}>", "exec"), namespace)
        for value in list(namespace.values()):
            if inspect.iscoroutinefunction(value) and value.__module__ == "__readme__":
                asyncio.run(value())
    assert server.hits(), "the blocks made requests"
