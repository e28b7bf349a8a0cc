"""Paging every declared operation of a registered API against a real server on 127.0.0.1.

The server builds its pages from the operation's own documented example (or a sample of its schema), shaped
by the operation's ``[pagination.<op>]`` table in the registry: item list, cursor or page parameters, total.
So each test exercises the generated package, the registry declaration and the paginator together, per
vendor, without knowing the vendor's envelope in advance.
"""

from __future__ import annotations

import copy
import importlib
import uuid
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY, paginated_operations, paging, spec_document
from tests.harness.calls import build_arguments, spec_operation
from tests.harness.schemas import resolve, sample
from tests.overlays.fault_server import FaultServer, Handler, Reply, Seen, serve
from tests.overlays.paging_server import Listing


def paginated(vendor: str) -> list[Any]:
    """``pytest.param(entry, operationId)`` for every declared paginated operation of a vendor's APIs."""
    return [
        pytest.param(entry, operation, id=f"{entry.name}:{operation}")
        for entry in REGISTRY
        if entry.vendor == vendor
        for operation in paginated_operations(entry)
    ]


def entries(vendor: str) -> list[Any]:
    return [pytest.param(entry, id=entry.name) for entry in REGISTRY if entry.vendor == vendor]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as running:
        yield running


def operation_module(entry: ApiEntry, operation: str) -> ModuleType:
    spec = importlib.import_module(f"{entry.package}._spec")
    return importlib.import_module(f"{entry.package}.{spec.OPERATIONS[operation]['module']}")


def lib(entry: ApiEntry, name: str) -> ModuleType:
    return importlib.import_module(f"{entry.package}.lib.{name}")


def example_body(entry: ApiEntry, operation: str) -> Any:
    """The documented 200 example of an operation, else a sample drawn from its schema."""
    document = spec_document(entry)
    info = importlib.import_module(f"{entry.package}._spec").OPERATIONS[operation]
    spec_op, _ = spec_operation(document, info["path"], info["method"])
    media = next(iter(resolve(document, spec_op["responses"]["200"])["content"].values()))
    if "example" in media:
        return copy.deepcopy(media["example"])
    if media.get("examples"):
        return copy.deepcopy(resolve(document, next(iter(media["examples"].values())))["value"])
    return sample(document, media["schema"])


def _path(body: Any, dotted: str) -> tuple[dict[str, Any], str]:
    """The dict holding the last key of ``dotted`` (created on the way) and that key."""
    *parents, last = dotted.split(".")
    for key in parents:
        if not isinstance(body.get(key), dict):
            body[key] = {}
        body = body[key]
    return body, last


def _items(body: Any, dotted: str) -> list[Any]:
    holder, key = _path(body, dotted)
    found = holder.get(key)
    return found if isinstance(found, list) else []


def _like(value: Any, number: int) -> Any:
    """An identity of the same kind as ``value`` (integer, UUID or free text) made from ``number``."""
    if isinstance(value, int):
        return number
    if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
        return str(uuid.UUID(int=number + 1))
    return f"item-{number}"


def _numbered(template: Any, number: int) -> Any:
    """A copy of an example item with an identity of its own (``id`` / ``key`` / ``business_id``)."""
    item = copy.deepcopy(template)
    if isinstance(item, dict):
        for key in ("id", "business_id", "key"):
            if key in item:
                item[key] = _like(item[key], number)
    return item


class ExamplePages:
    """Serves ``count`` items of the example's first item, paged as the registry declares; page styles
    through a :class:`Listing` built with ``faults`` (a capped size, a hiccup, a list that changes)."""

    def __init__(self, entry: ApiEntry, operation: str, count: int, **faults: Any) -> None:
        self.declared = paging(entry, operation)
        self.example = example_body(entry, operation)
        items = _items(self.example, self.declared["items"])
        assert items, f"{operation}: its example has no items at {self.declared['items']!r}"
        self.template = items[0]
        self.items = [_numbered(self.template, n) for n in range(count)]
        self.listing = Listing(self.items, **faults)

    def fresh(self, count: int, start: int = 100_000) -> list[Any]:
        """``count`` new items (identities from ``start`` on), e.g. to add to the list during a run."""
        return [_numbered(self.template, n) for n in range(start, start + count)]

    def identity(self, item: Any) -> Any:
        return next((item[k] for k in ("id", "business_id", "key") if k in item), None)

    def page(self, position: int, size: int) -> Any:
        body = copy.deepcopy(self.example)
        holder, key = _path(body, self.declared["items"])
        holder[key] = self.items[position * size : (position + 1) * size]
        return body

    def __call__(self, seen: Seen) -> Reply:
        style = self.declared["style"]
        if style == "cursor":
            size = 3
            position = int(seen.query.get(self.declared.get("cursor-param", "cursor"), "p0")[1:])
            body = self.page(position, size)
            cursors, key = _path(body, self.declared.get("next", "cursor.next"))
            cursors.pop(key, None)
            if (position + 1) * size < len(self.items):
                cursors[key] = f"p{position + 1}"
            return Reply(200, body)
        size = int(seen.query[self.declared["size-param"]])
        first = int(self.declared.get("first", 1 if style == "page-number" else 0))
        chunk, total = self.listing.page(int(seen.query[self.declared["page-param"]]) - first, size)
        body = copy.deepcopy(self.example)
        holder, key = _path(body, self.declared["items"])
        holder[key] = chunk
        if "total" in self.declared:
            holder, key = _path(body, self.declared["total"])
            holder[key] = total
        return Reply(200, body)


def call_arguments(entry: ApiEntry, operation: str) -> dict[str, Any]:
    """Required arguments of the operation (path parameters, a body), sampled from the spec; paging and
    optional ones left out so the paginator chooses them."""
    info = importlib.import_module(f"{entry.package}._spec").OPERATIONS[operation]
    arguments = build_arguments(spec_document(entry), entry.package, info)
    required = {p["python_name"] for p in info["parameters"] if p["required"]}
    return {name: value for name, value in arguments.items() if name in required or name == "body"}


def identities(pages: ExamplePages, found: list[Any]) -> list[Any]:
    return [pages.identity(item.to_dict() if hasattr(item, "to_dict") else item) for item in found]


Wrap = Callable[[Handler], Handler] | None

COUNT = 250
"""Items per run: three pages of the default size (100) for page styles, many cursor pages."""


def walk_all_pages(
    entry: ApiEntry, operation: str, server: FaultServer, client: Any, wrap: Wrap = None
) -> ExamplePages:
    """Page through ``COUNT`` items with ``client.paginate``; every item once, in order. ``wrap`` adapts the
    page handler (e.g. to answer a token endpoint too)."""
    pages = ExamplePages(entry, operation, COUNT)
    server.handler = pages if wrap is None else wrap(pages)
    with client:
        found = list(client.paginate(operation_module(entry, operation), **call_arguments(entry, operation)))
    assert identities(pages, found) == identities(pages, pages.items)
    return pages


async def awalk_all_pages(
    entry: ApiEntry, operation: str, server: FaultServer, client: Any, wrap: Wrap = None
) -> ExamplePages:
    """The same with ``client.apaginate`` (concurrent where the total is known)."""
    pages = ExamplePages(entry, operation, COUNT)
    server.handler = pages if wrap is None else wrap(pages)
    async with client:
        paginator = client.apaginate(operation_module(entry, operation), **call_arguments(entry, operation))
        found = [item async for item in paginator]
    assert identities(pages, found) == identities(pages, pages.items)
    return pages
