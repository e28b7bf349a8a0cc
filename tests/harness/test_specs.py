"""Every registered spec validates, its registry entry points at files that exist, and it avoids the OpenAPI 3.0
constructs that tools silently misread."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from specs._pipeline.specdoc import effective_spec
from tests.conftest import spec_document
from tests.fixture_apis import harness_apis

HARNESS_APIS = harness_apis()
"""The registered APIs and the fixture ones (the fifth API, tests/fifth/)."""


@pytest.mark.parametrize("entry", HARNESS_APIS, ids=lambda e: e.name)
def test_spec_is_valid_openapi(entry: object) -> None:
    document = effective_spec(entry.spec, entry.openapi_overlay)  # type: ignore[attr-defined]
    assert document["paths"], "a spec without operations generates an empty client"


@pytest.mark.parametrize("entry", HARNESS_APIS, ids=lambda e: e.name)
def test_registry_entry_is_complete(entry: object) -> None:
    for path in (entry.spec, entry.generator_config, entry.openapi_overlay):  # type: ignore[attr-defined]
        assert path is None or path.is_file(), f"{path} is named in the registry but missing"


def _nodes(node: Any, pointer: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping of a document with its JSON pointer."""
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _nodes(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{pointer}/{index}")


@pytest.mark.parametrize("entry", HARNESS_APIS, ids=lambda e: e.name)
def test_nothing_sits_beside_a_ref(entry: Any) -> None:
    """OpenAPI 3.0 ignores every keyword next to a ``$ref``: a ``readOnly``, a ``description`` or an
    ``x-unverified`` marker there is lost. Wrap the reference (``allOf: [{$ref: ...}]``) and put them beside that."""
    document = spec_document(entry)
    siblings = [
        f"{pointer}: {sorted(set(node) - {'$ref'})}"
        for pointer, node in _nodes(document)
        if isinstance(node.get("$ref"), str) and len(node) > 1
    ]
    assert siblings == []


@pytest.mark.parametrize("entry", HARNESS_APIS, ids=lambda e: e.name)
def test_nullable_comes_with_a_type(entry: Any) -> None:
    """In OpenAPI 3.0.3 ``nullable: true`` only adds null to the ``type`` beside it: without one, strict validators
    reject the null it was meant to allow. A nullable reference is ``anyOf: [{$ref: ...}, {type: ..., nullable: true,
    enum: [null]}]``."""
    document = spec_document(entry)
    typeless = [pointer for pointer, node in _nodes(document) if node.get("nullable") is True and "type" not in node]
    assert typeless == []
