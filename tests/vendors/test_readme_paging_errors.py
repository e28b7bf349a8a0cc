"""The "Paging" and "Errors" sections of every generated README run as written, against a local server.

Each ``python`` block is executed verbatim (async functions it defines are run too); only ``connect`` is
pointed at a server on 127.0.0.1 that serves the declared lists from their examples, plays the token
endpoint and answers everything else with the vendor's 404 error body. Nothing is added to a block's
namespace: a shared README fragment names each package's own operations through its ``[readme]`` table.
The write-safety block gets a versioned entity at the path its read operation uses.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import re
import threading
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY, ROOT, paginated_operations
from tests.overlays.fault_server import FaultServer, Reply, Seen
from tests.quickstart import point_connect_at
from tests.vendors.optiflow.test_paging_errors import TOKEN
from tests.vendors.paging import ExamplePages, example_body, server

__all__ = ["server"]

SECTIONS = ("## Paging", "## Errors")
NOT_FOUND = {
    "optiflow": ({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no such entity"}, "problem"),
    "booqable": ({"errors": [{"code": "resources_not_found", "status": "404", "title": "Resource(s) not found"}]}, ""),
    "planningpme": ({"message": "Item not found."}, ""),
}


def blocks(entry: ApiEntry) -> list[tuple[str, str]]:
    """(section title, code) of every python block in the Paging and Errors sections of the README."""
    readme = (ROOT / "generated" / entry.distribution / "README.md").read_text(encoding="utf-8")
    found = []
    for part in readme.split("\n## ")[1:]:
        title = "## " + part.splitlines()[0]
        if title.startswith(SECTIONS):
            found += [(title, code) for code in re.findall(r"```python\n(.*?)```", part, flags=re.DOTALL)]
    return found


class Versioned:
    """One entity with an ETag at ``path``: GET gives it, a PUT with the current ETag stores the body and
    answers it back (204 when asked for ``return=minimal``), a stale one gets 412."""

    def __init__(self, path: str, example: dict[str, Any]) -> None:
        self.path, self.original, self.body, self.version = path, example, example, 1
        self.lock = threading.Lock()

    def __call__(self, seen: Seen) -> Reply:
        with self.lock:
            etag = f'"{self.version}"'
            if seen.method == "GET":
                return Reply(200, self.body, headers={"ETag": etag})
            if seen.headers.get("if-match") != etag:
                return Reply(412, {"type": "about:blank", "title": "Precondition Failed", "status": 412})
            self.body, self.version = seen.json(), self.version + 1
            headers = {"ETag": f'"{self.version}"'}
            if seen.headers.get("prefer") == "return=minimal":
                return Reply(204, headers=headers)
            return Reply(200, self.body, headers=headers)


def versioned_entity(entry: ApiEntry) -> Versioned | None:
    """The entity the README's read-modify-write block reads (``[readme]`` get-op and ids), if it has one."""
    if "get-op" not in entry.readme:
        return None
    spec = importlib.import_module(f"{entry.package}._spec")
    operation = next(
        op for op, info in spec.OPERATIONS.items() if info["module"].endswith("." + entry.readme["get-op"])
    )
    call = ast.parse(f"f({entry.readme['ids']})", mode="eval").body
    assert isinstance(call, ast.Call)
    ids = {keyword.arg: ast.literal_eval(keyword.value) for keyword in call.keywords}
    return Versioned(spec.OPERATIONS[operation]["path"].format(**ids), example_body(entry, operation))


class Router:
    """Token endpoint, the declared lists (from their examples), the versioned entity when a block writes,
    else 404."""

    def __init__(self, entry: ApiEntry) -> None:
        spec = importlib.import_module(f"{entry.package}._spec")
        self.lists = {spec.OPERATIONS[op]["path"]: ExamplePages(entry, op, 250) for op in paginated_operations(entry)}
        self.entity = versioned_entity(entry)
        self.writing = False
        self.not_found = NOT_FOUND[entry.vendor]

    def __call__(self, seen: Seen) -> Reply:
        if seen.path.endswith("/token"):
            return Reply(200, TOKEN)
        if seen.path in self.lists:
            return self.lists[seen.path](seen)
        if self.writing and self.entity is not None and seen.path == self.entity.path:
            return self.entity(seen)
        body, kind = self.not_found
        return Reply(404, body, content_type=f"application/{kind}+json" if kind else "application/json")


README_APIS = [
    pytest.param(entry, id=entry.name)
    for entry in REGISTRY
    if entry.vendor in NOT_FOUND and paginated_operations(entry)
]


@pytest.mark.parametrize("entry", README_APIS)
def test_paging_and_error_sections_run_as_written(
    entry: ApiEntry, server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = blocks(entry)
    assert {title.split()[1].strip(",") for title, _ in found} == {"Paging", "Errors"}, "both sections with code"
    server.handler = router = Router(entry)
    oauth = {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": server.url + "/token"}}}}
    point_connect_at(monkeypatch, entry, server.url, oauth if entry.vendor == "optiflow" else None)
    for number, (title, code) in enumerate(found):
        router.writing = "read_modify_write" in code
        namespace: dict[str, Any] = {"__name__": "__readme__"}
        exec(compile(code, f"<{entry.distribution} README {title} block {number}>", "exec"), namespace)
        for value in list(namespace.values()):
            if inspect.iscoroutinefunction(value) and value.__module__ == "__readme__":
                asyncio.run(value())
    assert server.hits(), "the blocks made requests"
    if router.entity is not None:
        assert router.entity.version == 2, "the read-modify-write block wrote the entity once, with its ETag"
        assert router.entity.body != router.entity.original, "with the block's change"
