"""The resource layer every package gets (specs/_pipeline/resources.py): names from the spec, every operation
reachable through exactly one namespace method, typed pages, lazy imports, api.md, a public-only surface."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
import typing
from typing import Any

import httpx
import pytest

from specs._pipeline.resources import method_name, method_names
from tests.fixture_apis import harness_apis, package_dir

HARNESS_APIS = harness_apis()
"""The registered APIs and the fixture ones (the fifth API, tests/fifth/)."""

APIS = [pytest.param(entry, id=entry.name) for entry in HARNESS_APIS]


@pytest.mark.parametrize(
    ("operation", "namespace", "lists", "expected"),
    [
        ("get_plan_profile", "plan_profiles", False, "get"),
        ("upsert_plan_profile", "plan_profiles", False, "upsert"),
        ("list_plan_profiles", "plan_profiles", True, "list"),
        ("get_plannings", "plannings", True, "list"),
        ("get_latest_release_by_planning_id", "plannings", False, "get_latest_release"),
        ("get_paged_employees", "employees", True, "list"),
        ("add_employee_availability", "employee_availabilities", False, "add"),
        ("get_shift_schedules_by_employee_id", "shift_schedules", True, "list"),
        ("upsert_external_deployment", "deployments", False, "upsert_external"),
        ("list_oauth_clients", "oauth", True, "list_clients"),
        ("list_categories", "categories", True, "list"),
        ("new_order", "orders", False, "new"),
        ("search_orders", "orders", True, "search"),
        ("import_order", "orders", False, "import_"),
    ],
)
def test_method_names_come_from_the_operation_and_its_namespace(
    operation: str, namespace: str, lists: bool, expected: str
) -> None:
    assert method_name(operation, namespace, lists=lists) == expected


def test_clashing_short_names_fall_back_to_longer_ones() -> None:
    assert method_names("list_items_by_cursor", "items", lists=True) == [
        "list",
        "list_by_cursor",
        "list_items_by_cursor",
    ]


def _layer(entry: Any) -> tuple[Any, Any]:
    return importlib.import_module(f"{entry.package}._spec"), importlib.import_module(f"{entry.package}.resources")


def _namespaces(cls: type) -> dict[str, type]:
    """``client.<name>`` -> the namespace class its property returns."""
    module = vars(sys.modules[cls.__module__])
    return {
        name: typing.get_type_hints(value.fget, localns=module)["return"]
        for name, value in vars(cls).items()
        if isinstance(value, property) and value.fget is not None
    }


@pytest.mark.parametrize("entry", APIS)
def test_every_operation_has_exactly_one_method_in_each_client(entry: Any) -> None:
    spec, resources = _layer(entry)
    assert sorted(resources.METHODS) == sorted(spec.OPERATIONS)
    assert len(set(resources.METHODS.values())) == len(resources.METHODS)
    for cls in (resources.ResourceClient, resources.AsyncResourceClient):
        namespaces = _namespaces(cls)
        for operation, where in resources.METHODS.items():
            namespace, name = where.split(".")
            method = getattr(namespaces[namespace], name)
            module = spec.OPERATIONS[operation]["module"].rsplit(".", 1)[1]
            assert module in inspect.getsource(method), f"{cls.__name__}.{where} calls {module}"
            assert method.__doc__ and f"(operation ``{operation}``)" in method.__doc__
        shown = {f"{ns}.{n}" for ns, c in namespaces.items() for n in vars(c) if not n.startswith("_")}
        assert shown == set(resources.METHODS.values()) | {f"{ns}.with_raw_response" for ns in namespaces}


@pytest.mark.parametrize("entry", APIS)
def test_api_md_lists_every_method_and_the_readme_links_it(entry: Any) -> None:
    spec, resources = _layer(entry)
    project = package_dir(entry)
    reference = (project / "api.md").read_text(encoding="utf-8")
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert "[api.md](api.md)" in readme
    for info in spec.OPERATIONS.values():
        assert f"`{info['method']} {info['path']}`" in reference
    for namespace in _namespaces(resources.ResourceClient):
        assert f"## client.{namespace}" in reference
    assert "Paginator[" in reference


@pytest.mark.parametrize("entry", APIS)
def test_the_package_shows_only_public_names(entry: Any) -> None:
    package = importlib.import_module(entry.package)
    names = set(dir(package))
    assert names == set(package.__all__) | {"__version__"}
    assert not {n for n in names if n.startswith("_") and n != "__version__"}
    assert {"Any", "TYPE_CHECKING", "importlib", "PACKAGE_VERSION"}.isdisjoint(names)
    _, resources = _layer(entry)
    assert {resources.ResourceClient.__name__, resources.AsyncResourceClient.__name__} <= names
    assert "COMMON_EXPORTS" not in dir(importlib.import_module(f"{entry.package}.lib"))


def _loaded_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    return set(json.loads(output.splitlines()[-1]))


@pytest.mark.parametrize("entry", APIS)
def test_the_resource_layer_imports_operations_on_first_use(entry: Any) -> None:
    package = entry.package
    assert f"{package}.resources" not in _loaded_after(f"import {package}")
    loaded = _loaded_after(f"from {package} import connect\nimport {package}.resources")
    assert not {m for m in loaded if m.startswith((f"{package}.api.", f"{package}.models."))}


@pytest.mark.parametrize("entry", APIS)
def test_module_sync_returns_the_success_model_or_raises_with_any_client(entry: Any) -> None:
    """The generated ``Client`` gets error models back from ``sync_detailed`` but ``sync`` raises, with the
    response attached (the lower layer behaves like the resource client)."""
    spec = importlib.import_module(f"{entry.package}._spec")
    client_module = importlib.import_module(f"{entry.package}.client")
    errors = importlib.import_module(f"{entry.package}.lib._errors")
    operation, info = next((op, i) for op, i in spec.OPERATIONS.items() if i["method"] == "GET" and "{" in i["path"])
    module = importlib.import_module(f"{entry.package}.{info['module']}")
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"message": "no"}))
    client = client_module.Client(base_url="https://example.test", httpx_args={"transport": transport})
    arguments = {
        p["python_name"]: "00000000-0000-0000-0000-000000000001" for p in info["parameters"] if p["in"] == "path"
    }
    if entry.vendor == "planningpme":
        arguments = {name: 1 for name in arguments}
    with pytest.raises(errors.HTTPStatusError) as raised:
        module.sync(client=client, **arguments)
    assert raised.value.response.status_code == 404, operation
    assert raised.value.status == 404


def _keyword_overload(method: Any) -> inspect.Signature | None:
    """The overload of a namespace method that takes the body's fields as keywords (``None``: it has none)."""
    for overload in typing.get_overloads(method):
        signature = inspect.signature(overload)
        if "body" not in signature.parameters:
            return signature
    return None


def _keywords_of(body: Any, signature: inspect.Signature, given: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments that say what ``body`` says: for a JSON:API document, its attributes, each
    relationship from its id attribute (``customer`` from ``customer_id``, ``stock_items`` from ``stock_item_ids``)."""
    from specs._pipeline.naming import singular

    data = getattr(body, "data", None)
    attributes = getattr(data, "attributes", None) if hasattr(data, "type_") else None
    source = body if attributes is None else attributes
    keywords: dict[str, Any] = {}
    for name in signature.parameters:
        if name in given or name in {"self", "max_items", "max_pages", "resume"}:
            continue
        for attribute in (name, name[:-1], f"{name}_id", f"{singular(name)}_ids"):  # ``body_``: ``body``
            value = getattr(source, attribute, UNSET_MARK)
            if value is not UNSET_MARK:
                break
        if value is not UNSET_MARK and type(value).__name__ != "Unset":
            keywords[name] = value
    return keywords


UNSET_MARK = object()


@pytest.mark.parametrize("entry", APIS)
def test_every_json_body_can_be_given_as_keywords(entry: Any) -> None:
    """Every method whose body is a JSON object takes its fields as keywords, and sends what ``body=`` with the
    same values sends (JSON:API: the same ``data``, its ``type`` and envelope filled in; plain bodies: a field
    that repeats a path parameter taken from it)."""
    from tests.conftest import spec_document
    from tests.harness.calls import build_arguments

    spec, resources = _layer(entry)
    document = spec_document(entry)
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(400, json={})

    errors = importlib.import_module(f"{entry.package}.lib._errors")
    client = resources.ResourceClient.build(base_url="https://api.test", transport=httpx.MockTransport(answer))
    checked = 0
    for operation, where in sorted(resources.METHODS.items()):
        namespace, name = where.split(".")
        method = getattr(getattr(client, namespace), name)
        signature = _keyword_overload(method)
        if signature is None:
            continue
        info = spec.OPERATIONS[operation]
        arguments = build_arguments(document, entry.package, info)
        body = arguments.pop("body")
        for parameter in info["parameters"]:  # a body field that repeats a path parameter is taken from it
            if parameter["in"] == "path" and hasattr(body, parameter["python_name"]):
                setattr(body, parameter["python_name"], arguments[parameter["python_name"]])
        keywords = _keywords_of(body, signature, arguments)
        for call in ({"body": body}, keywords):
            with pytest.raises(errors.BadRequestError):
                result = method(**arguments, **call)
                list(result)  # a paginated search sends its request when iterated
        by_body, by_keywords = sent[-2:]
        if {"type", "attributes"} <= set(by_body.get("data") or ()):  # JSON:API: the document's data
            expected = {key: by_body["data"][key] for key in ("type", "attributes")}
            assert by_keywords == {"data": expected}, where
        else:
            assert by_keywords == by_body, where
        checked += 1
    assert checked, f"{entry.name}: no method takes its body as keywords"
