"""What every client does with values a server sends that its spec does not describe, over a real socket on
127.0.0.1, through ``connect`` and the paginators, sync and async, for each API.

- An enum value the spec does not list (vendors add them all the time) is kept: the page parses, the run goes
  on to the last page, the value is a member of the generated enum whose ``str()`` is the wire value, and
  ``to_dict`` gives it back.
- A value of the wrong type, a ``null`` where the spec does not allow one, or a missing required property
  raises ``MalformedResponseError`` naming the operation, the JSON path of the value and what the spec expects
  there, with the raw bytes the server sent.

The test finds, per API, a paginated operation whose items have such a property (walking the item schema from
the spec), so it needs no per-API code beyond how to connect.
"""

from __future__ import annotations

import enum
import importlib
import itertools
import json
from collections.abc import Iterator
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY, paginated_operations, paging, spec_document
from tests.harness.calls import spec_operation
from tests.harness.schemas import resolve, sample
from tests.harness.test_roundtrip import normalise
from tests.overlays.fault_server import FaultServer, Handler, Reply, Seen
from tests.vendors.paging import ExamplePages, call_arguments, identities, lib, operation_module, server

__all__ = ["server"]

Path = tuple[str | int, ...]
MISSING = "nothing (the property is missing)"
NEW_STRING = "value_from_a_newer_api"
NEW_INTEGER = 987654
TOKEN = {"access_token": "acc3ss", "token_type": "Bearer", "expires_in": 3600}


def connect(entry: ApiEntry, server: FaultServer) -> Any:
    """The API's ``connect`` against ``server`` (which also plays OptiFlow's token endpoint)."""
    package = importlib.import_module(entry.package)
    if entry.vendor == "optiflow":
        return package.connect(
            client_id="id", client_secret="s3cret", token_url=server.url + "/token", base_url=server.url, retry=False
        )
    if entry.vendor == "booqable":
        return package.connect(company="acme", token="t0ken", base_url=server.url, retry=False)
    return package.connect(brand="acme", app_key="app-k3y", base_url=server.url, retry=False)


def serving(pages: Handler, sent: list[bytes]) -> Handler:
    """``pages`` behind a token endpoint, recording each page's bytes as they go on the wire."""

    def answer(seen: Seen) -> Reply:
        if seen.path == "/token":
            return Reply(200, TOKEN)
        reply = pages(seen)
        sent.append(json.dumps(reply.body).encode())
        return reply

    return answer


# --- finding the properties to play with, from the spec ------------------------------------------------------


def _properties(document: dict[str, Any], schema: Any) -> tuple[dict[str, Any], set[str]]:
    schema = resolve(document, schema)
    found: dict[str, Any] = {}
    required: set[str] = set()
    for part in schema.get("allOf", []):
        more, also = _properties(document, part)
        found.update(more)
        required |= also
    found.update(schema.get("properties", {}))
    required |= set(schema.get("required", []))
    return found, required


def item_schema(entry: ApiEntry, operation: str) -> dict[str, Any]:
    """The schema of one item of a paginated operation's answer."""
    document = spec_document(entry)
    info = importlib.import_module(f"{entry.package}._spec").OPERATIONS[operation]
    spec_op, _ = spec_operation(document, info["path"], info["method"])
    media = next(iter(resolve(document, spec_op["responses"]["200"])["content"].values()))
    schema = media["schema"]
    for key in paging(entry, operation)["items"].split("."):
        schema = _properties(document, schema)[0][key]
    result: dict[str, Any] = resolve(document, resolve(document, schema)["items"])
    return result


def walk(document: dict[str, Any], schema: Any, path: Path = (), depth: int = 0) -> Iterator[tuple[Path, Any, bool]]:
    """(path, schema, required) of every property under ``schema``, through objects and the first array item."""
    properties, required = _properties(document, schema)
    for name, sub in properties.items():
        node = resolve(document, sub)
        yield (*path, name), node, name in required
        if depth >= 3 or node.get("nullable"):
            continue
        if "properties" in node or "allOf" in node:
            yield from walk(document, node, (*path, name), depth + 1)
        elif node.get("type") == "array" and "properties" in resolve(document, node.get("items", {})):
            yield from walk(document, node["items"], (*path, name, 0), depth + 1)


def _plain_string(node: Any) -> bool:
    return node.get("type") == "string" and not ({"enum", "format", "nullable"} & set(node))


EXPECTED = {
    ("string", None): "string",
    ("string", "uuid"): "UUID string",
    ("string", "date-time"): "date-time string",
    ("string", "date"): "date string",
    ("integer", None): "integer",
    ("number", None): "number",
    ("boolean", None): "boolean",
    ("array", None): "array",
}


def _kind(node: Any) -> tuple[str, str | None]:
    """The key of ``EXPECTED`` for a schema: formats of numbers (int32, double...) do not change the check."""
    return node.get("type"), (None if node.get("type") in ("integer", "number") else node.get("format"))


def _scalar(node: Any) -> bool:
    return _kind(node) in EXPECTED and "enum" not in node and not node.get("nullable")


def enum_case(entry: ApiEntry) -> tuple[str, Path, Any] | None:
    """A paginated operation and the path of an enum property of its items (JSON:API's ``type`` last)."""
    document = spec_document(entry)
    for operation in paginated_operations(entry):
        found = [(path, node) for path, node, _ in walk(document, item_schema(entry, operation)) if "enum" in node]
        found.sort(key=lambda pair: pair[0] == ("type",) and entry.vendor == "booqable")
        if found:
            return operation, *found[0]
    return None


def value_case(entry: ApiEntry) -> tuple[str, Path, Path, Any] | None:
    """A paginated operation, the path of a plain string property of its items, and of a required scalar."""
    document = spec_document(entry)
    for operation in paginated_operations(entry):
        found = list(walk(document, item_schema(entry, operation)))
        strings = [path for path, node, _ in found if _plain_string(node)]
        required = [(path, node) for path, node, needed in found if needed and _scalar(node)]
        if strings and required:
            return operation, strings[0], required[0][0], required[0][1]
    return None


ENUM_CASES = [pytest.param(entry, id=entry.name) for entry in REGISTRY if enum_case(entry) is not None]
VALUE_CASES = [pytest.param(entry, id=entry.name) for entry in REGISTRY if value_case(entry) is not None]


def test_every_api_has_the_cases() -> None:
    assert len(ENUM_CASES) == len(VALUE_CASES) == len(REGISTRY)


# --- changing items ------------------------------------------------------------------------------------------


def put(entry: ApiEntry, operation: str, item: dict[str, Any], path: Path, value: Any) -> None:
    """Set ``value`` at ``path`` in an item of ``operation``, filling in valid parents where they are missing."""
    put_in(spec_document(entry), item_schema(entry, operation), item, path, value)


def put_in(document: dict[str, Any], schema: Any, item: dict[str, Any], path: Path, value: Any) -> None:
    """Set ``value`` at ``path`` in ``item`` of ``schema``, filling in valid parents where they are missing."""
    target: Any = item
    for step, following in itertools.pairwise(path):
        if isinstance(step, int):
            schema = resolve(document, schema)["items"]
            if not target:
                target.append(sample(document, schema))
        else:
            schema = _properties(document, schema)[0][step]
            if target.get(step) is None:
                target[step] = [] if isinstance(following, int) else sample(document, schema)
        target = target[step]
    target[path[-1]] = value


def drop(item: dict[str, Any], path: Path) -> None:
    target: Any = item
    for step in path[:-1]:
        target = target[step]
    target.pop(path[-1], None)


def at(value: Any, path: Path) -> Any:
    for step in path:
        value = value[step]
    return value


def attribute_at(model: Any, path: Path) -> Any:
    """The typed value at a wire ``path`` of a generated model (``type`` is the attribute ``type_``)."""
    value = model
    for step in path:
        if isinstance(step, int):
            value = value[step]
        else:
            value = next(getattr(value, name) for name in (step, f"{step}_") if hasattr(value, name))
    return value


def json_path(entry: ApiEntry, operation: str, index: int, path: Path) -> str:
    text = "$." + paging(entry, operation)["items"] + f"[{index}]"
    return text + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


def pages_for(entry: ApiEntry, operation: str) -> ExamplePages:
    """A few pages of numbered items: cursor pages hold 3, the others the client's page size (100)."""
    style = paging(entry, operation)["style"]
    return ExamplePages(entry, operation, 8 if style == "cursor" else 150)


def with_unknown_values(entry: ApiEntry) -> tuple[str, Path, ExamplePages, list[int], Any]:
    operation, path, node = enum_case(entry)  # type: ignore[misc]
    new = NEW_INTEGER if node.get("type") == "integer" else NEW_STRING
    pages = pages_for(entry, operation)
    marked = [1, len(pages.items) - 1]  # on the first page and on the last
    for index in marked:
        put(entry, operation, pages.items[index], path, new)
    return operation, path, pages, marked, new


def check_unknown_values(pages: ExamplePages, found: list[Any], path: Path, marked: list[int], new: Any) -> None:
    assert identities(pages, found) == identities(pages, pages.items)  # the whole run, every item once
    for index in marked:
        member = attribute_at(found[index], path)
        assert isinstance(member, enum.Enum)
        assert member.value == new
        assert str(member) == str(new)
        assert member.name == "UNKNOWN"
        assert member not in list(type(member))
        assert at(found[index].to_dict(), path) == new
    known = attribute_at(found[0], path)
    assert isinstance(known, enum.Enum)
    assert known in list(type(known))


# --- the tests -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ENUM_CASES)
def test_a_run_across_unknown_enum_values_completes_and_keeps_them(entry: ApiEntry, server: FaultServer) -> None:
    operation, path, pages, marked, new = with_unknown_values(entry)
    server.handler = serving(pages, [])
    with connect(entry, server) as client:
        found = list(client.paginate(operation_module(entry, operation), **call_arguments(entry, operation)))
    check_unknown_values(pages, found, path, marked, new)


@pytest.mark.parametrize("entry", ENUM_CASES)
async def test_a_run_across_unknown_enum_values_completes_and_keeps_them_async(
    entry: ApiEntry, server: FaultServer
) -> None:
    operation, path, pages, marked, new = with_unknown_values(entry)
    server.handler = serving(pages, [])
    async with connect(entry, server) as client:
        paginator = client.apaginate(operation_module(entry, operation), **call_arguments(entry, operation))
        found = [item async for item in paginator]
    check_unknown_values(pages, found, path, marked, new)


@pytest.mark.parametrize("entry", ENUM_CASES)
def test_a_page_with_an_unknown_enum_value_round_trips_whole(entry: ApiEntry, server: FaultServer) -> None:
    operation, _, pages, _, _ = with_unknown_values(entry)
    server.handler = serving(pages, sent := [])
    with connect(entry, server) as client:
        paginator = client.paginate(operation_module(entry, operation), **call_arguments(entry, operation))
        first = next(iter(paginator.pages()))
    # the whole answer, unknown values included, as it came (date-times compared as instants)
    assert normalise(first.parsed.to_dict()) == normalise(json.loads(sent[0]))


def union_cases() -> list[Any]:
    """(API, operation, variant schemas) of every paginated operation whose items are a oneOf/anyOf of objects."""
    cases = []
    for entry in REGISTRY:
        for operation in paginated_operations(entry):
            schema = item_schema(entry, operation)
            variants = schema.get("oneOf") or schema.get("anyOf") or []
            if len(variants) > 1 and all("$ref" in variant for variant in variants):
                cases.append(pytest.param(entry, operation, variants, id=f"{entry.name}:{operation}"))
    return cases


@pytest.mark.parametrize(("entry", "operation", "variants"), union_cases())
async def test_items_of_a_union_each_parse_into_their_own_variant(
    entry: ApiEntry, operation: str, variants: list[Any], server: FaultServer
) -> None:
    """Open enums must not let the first variant take every item: an item goes to the variant whose enums
    list its values (JSON:API ``type``), an unlisted value elsewhere in it notwithstanding."""
    document = spec_document(entry)
    pages = pages_for(entry, operation)
    names = [variant["$ref"].rsplit("/", 1)[-1] for variant in variants]
    items = [sample(document, variant) for variant in variants]
    for item, variant in zip(items, variants, strict=True):  # one more unlisted value in every variant's item
        path = next((p for p, node, _ in walk(document, variant) if "enum" in node and p != ("type",)), None)
        if path is not None:
            put_in(document, variant, item, path, NEW_STRING)
    pages.items = [pages.items[n] | items[n % len(items)] | {"id": pages.items[n]["id"]} for n in range(9)]
    pages.listing.data = list(pages.items)  # the page styles serve from the listing
    server.handler = serving(pages, [])
    async with connect(entry, server) as client:
        paginator = client.apaginate(operation_module(entry, operation), **call_arguments(entry, operation))
        found = [item async for item in paginator]
    assert [type(item).__name__ for item in found] == [names[n % len(names)] for n in range(9)]


BAD_VALUES = ["wrong type", "null", "missing"]


def with_a_bad_value(entry: ApiEntry, bad: str) -> tuple[str, ExamplePages, str, str, str]:
    """Pages whose item 1 (on the first page) holds a bad value; the operation, and the error's path,
    expectation and finding."""
    operation, string_path, required_path, required_node = value_case(entry)  # type: ignore[misc]
    pages = pages_for(entry, operation)
    item = pages.items[1]
    if bad == "wrong type":
        put(entry, operation, item, string_path, 12345)
        return operation, pages, json_path(entry, operation, 1, string_path), "string", "integer"
    if bad == "null":
        put(entry, operation, item, string_path, None)
        return operation, pages, json_path(entry, operation, 1, string_path), "string", "null"
    put(entry, operation, item, required_path, sample(spec_document(entry), required_node))  # parents, if optional
    drop(item, required_path)
    expected = EXPECTED[_kind(required_node)]
    return operation, pages, json_path(entry, operation, 1, required_path), expected, MISSING


def check_malformed(entry: ApiEntry, operation: str, error: Any, sent: list[bytes], *expected: str) -> None:
    info = importlib.import_module(f"{entry.package}._spec").OPERATIONS[operation]
    assert isinstance(error, lib(entry, "_errors").MalformedResponseError)
    assert error.operation == f"{info['method'].upper()} {info['path']}"
    assert (error.json_path, error.expected, error.found) == expected
    assert f"{expected[0]}: expected {expected[1]}, got {expected[2]}" in str(error)
    assert error.operation in str(error)
    assert error.status == 200
    assert error.content == error.response.content
    assert error.content in sent  # the bytes as the server sent them
    assert isinstance(error.__cause__, ValueError)


@pytest.mark.parametrize("bad", BAD_VALUES)
@pytest.mark.parametrize("entry", VALUE_CASES)
def test_a_bad_value_raises_malformed_naming_operation_path_and_expectation(
    entry: ApiEntry, bad: str, server: FaultServer
) -> None:
    operation, pages, *expected = with_a_bad_value(entry, bad)
    server.handler = serving(pages, sent := [])
    with connect(entry, server) as client, pytest.raises(lib(entry, "_errors").MalformedResponseError) as caught:
        list(client.paginate(operation_module(entry, operation), **call_arguments(entry, operation)))
    check_malformed(entry, operation, caught.value, sent, *expected)


@pytest.mark.parametrize("bad", BAD_VALUES)
@pytest.mark.parametrize("entry", VALUE_CASES)
async def test_a_bad_value_raises_malformed_naming_operation_path_and_expectation_async(
    entry: ApiEntry, bad: str, server: FaultServer
) -> None:
    operation, pages, *expected = with_a_bad_value(entry, bad)
    server.handler = serving(pages, sent := [])
    async with connect(entry, server) as client:
        with pytest.raises(lib(entry, "_errors").MalformedResponseError) as caught:
            paginator = client.apaginate(operation_module(entry, operation), **call_arguments(entry, operation))
            [item async for item in paginator]
    check_malformed(entry, operation, caught.value, sent, *expected)
