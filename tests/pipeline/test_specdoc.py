"""Reading specs and applying OpenAPI Overlay documents without touching the downloaded bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from specs._pipeline.specdoc import SpecError, apply_overlay, load_document

BUNDLE = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1.0.0"},
    "paths": {"/a": {"get": {"operationId": "getA", "tags": ["a"], "responses": {"200": {"description": "ok"}}}}},
}


def test_overlay_updates_and_removes_without_changing_the_input(tmp_path: Path) -> None:
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "hints", "version": "1"},
        "actions": [
            {"target": "$.paths['/a'].get", "update": {"x-hint": True, "tags": ["b"]}},
            {"target": "$.info.title", "remove": True},
        ],
    }
    patched = apply_overlay(BUNDLE, overlay, tmp_path / "overlay.yaml")
    assert patched["paths"]["/a"]["get"]["x-hint"] is True
    assert patched["paths"]["/a"]["get"]["tags"] == ["a", "b"]  # arrays are appended, as the standard says
    assert "title" not in patched["info"]
    assert "x-hint" not in BUNDLE["paths"]["/a"]["get"]


def test_overlay_target_that_matches_nothing_names_the_action(tmp_path: Path) -> None:
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.paths['/gone'].get", "update": {"x": 1}}]}
    with pytest.raises(SpecError, match=r"overlay.yaml: action 1: target .* matches nothing"):
        apply_overlay(BUNDLE, overlay, tmp_path / "overlay.yaml")


def test_yaml_dates_stay_strings_as_json_would_see_them(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("a: 2024-01-02\nb: 2024-01-02T03:04:05Z\n")
    assert load_document(path) == {"a": "2024-01-02", "b": "2024-01-02T03:04:05Z"}


def test_missing_and_non_mapping_files_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"nope\.yaml: cannot read"):
        load_document(tmp_path / "nope.yaml")
    (tmp_path / "list.yaml").write_text("- 1\n")
    with pytest.raises(SpecError, match=r"list\.yaml: expected a mapping"):
        load_document(tmp_path / "list.yaml")
