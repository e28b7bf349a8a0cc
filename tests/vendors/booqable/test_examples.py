"""Booqable's documented and recorded responses parse with the generated models and serialise back unchanged.

``fixtures/examples.json`` holds every example response and every example request body of the resource
pages (extracted from the v4 documentation by ``fixtures/extract_examples.py``); ``fixtures/recorded.json``
holds the bodies of the recorded real exchanges. Each response goes through the operation's own generated
``_parse_response`` (the path a real call takes, chosen by the documented method, path and status), each
request body through the model of the operation's ``body`` argument, and ``to_dict()`` must give back the
original, timestamps compared as instants: a field the spec forgot would vanish, one typed wrongly would fail
to parse.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTED = json.loads((FIXTURES / "examples.json").read_text(encoding="utf-8"))
EXAMPLES = DOCUMENTED["examples"]
REQUESTS = DOCUMENTED["requests"]
RECORDED = json.loads((FIXTURES / "recorded.json").read_text(encoding="utf-8"))
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$")
PACKAGE = "booqable_client"


def operation_for(method: str, path: str) -> str:
    """The operationId whose method and path template match a documented request line."""
    operations = importlib.import_module(f"{PACKAGE}._spec").OPERATIONS
    path = path.removeprefix("/api/4")
    for operation, info in operations.items():
        if info["method"] == method and re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", info["path"]), path):
            return str(operation)
    raise AssertionError(f"no operation in the spec for {method} {path}")


def parse(operation: str, status: int, body: Any) -> Any:
    """``body`` as the generated operation parses a ``status`` reply (raises on a body the spec rejects)."""
    info = importlib.import_module(f"{PACKAGE}._spec").OPERATIONS[operation]
    module = importlib.import_module(f"{PACKAGE}.{info['module']}")
    client = importlib.import_module(f"{PACKAGE}.client").Client(base_url="http://127.0.0.1")
    request = httpx.Request(info["method"], "http://127.0.0.1/")
    response = httpx.Response(status, json=body, request=request)
    return module._parse_response(client=client, response=response)


def normalised(value: Any) -> Any:
    """``value`` with every timestamp as a UTC instant, so ``+00:00`` and ``Z`` spellings compare equal."""
    if isinstance(value, dict):
        return {key: normalised(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, str) and TIMESTAMP.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(datetime.UTC)
    return value


def assert_round_trip(operation: str, status: int, body: Any) -> None:
    parsed = parse(operation, status, body)
    assert type(parsed).__name__ != "dict", f"{operation} {status} parsed into a plain dict, not a model"
    again = parsed.to_dict()
    assert normalised(again) == normalised(body)
    assert normalised(type(parsed).from_dict(again).to_dict()) == normalised(body)  # and once more


def example_id(example: dict[str, Any]) -> str:
    return f"{example['resource']}:{example['method']} {example['path']}:{example['status']}:{example['section']}"


def test_every_resource_page_contributes_examples() -> None:
    """The fixture covers every resource page of the documentation (guards a broken re-extraction)."""
    extractor = importlib.import_module("tests.vendors.booqable.fixtures.extract_examples")
    assert len(extractor.RESOURCES) == 113
    assert {example["resource"] for example in EXAMPLES} == set(extractor.RESOURCES)
    assert len(EXAMPLES) == 383
    assert len(REQUESTS) == 175


def body_model(operation: str) -> Any:
    """The class of the ``body`` argument of a generated operation."""
    info = importlib.import_module(f"{PACKAGE}._spec").OPERATIONS[operation]
    module = importlib.import_module(f"{PACKAGE}.{info['module']}")
    annotation = inspect.signature(module.sync_detailed, eval_str=True).parameters["body"].annotation
    assert hasattr(annotation, "from_dict"), f"{operation}: body is {annotation}, not a model"
    return annotation


def request_id(example: dict[str, Any]) -> str:
    return f"{example['resource']}:{example['method']} {example['path']}:{example['title']}"


@pytest.mark.parametrize("example", EXAMPLES, ids=[example_id(example) for example in EXAMPLES])
def test_documented_example_parses_and_round_trips(example: dict[str, Any]) -> None:
    operation = operation_for(example["method"], example["path"])
    assert_round_trip(operation, example["status"], example["body"])


@pytest.mark.parametrize("example", REQUESTS, ids=[request_id(example) for example in REQUESTS])
def test_documented_request_body_parses_and_round_trips(example: dict[str, Any]) -> None:
    model = body_model(operation_for(example["method"], example["path"]))
    parsed = model.from_dict(example["body"])
    assert normalised(parsed.to_dict()) == normalised(example["body"])
    assert normalised(model.from_dict(parsed.to_dict()).to_dict()) == normalised(example["body"])


RECORDED_BODIES = [
    *[pytest.param("listOrders", 200, page["body"], id=f"page-{n}") for n, page in enumerate(RECORDED["pages"], 1)],
    pytest.param("listOrders", RECORDED["unpaged"]["status"], RECORDED["unpaged"]["body"], id="unpaged"),
    pytest.param(
        "getOrder", RECORDED["errors"]["not_found"]["status"], RECORDED["errors"]["not_found"]["body"], id="404"
    ),
    pytest.param(
        "createOrder", RECORDED["errors"]["bad_request"]["status"], RECORDED["errors"]["bad_request"]["body"], id="400"
    ),
]


@pytest.mark.parametrize(("operation", "status", "body"), RECORDED_BODIES)
def test_recorded_body_parses_and_round_trips(operation: str, status: int, body: Any) -> None:
    assert_round_trip(operation, status, body)
