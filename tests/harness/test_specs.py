"""Every registered spec validates, and its registry entry points at files that exist."""

from __future__ import annotations

import pytest

from specs._pipeline.specdoc import effective_spec
from tests.conftest import REGISTRY


@pytest.mark.parametrize("entry", REGISTRY, ids=lambda e: e.name)
def test_spec_is_valid_openapi(entry: object) -> None:
    document = effective_spec(entry.spec, entry.openapi_overlay)  # type: ignore[attr-defined]
    assert document["paths"], "a spec without operations generates an empty client"


@pytest.mark.parametrize("entry", REGISTRY, ids=lambda e: e.name)
def test_registry_entry_is_complete(entry: object) -> None:
    for path in (entry.spec, entry.generator_config, entry.openapi_overlay):  # type: ignore[attr-defined]
        assert path is None or path.is_file(), f"{path} is named in the registry but missing"
