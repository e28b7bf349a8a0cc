"""Reading specs and applying OpenAPI Overlay documents without touching the downloaded bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from specs._pipeline.specdoc import SpecError, apply_overlay, broken_refs, effective_spec, load_document, parse_document

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


LISTS = {
    "openapi": "3.0.3",
    "info": {"title": "t", "version": "1.0.0"},
    "paths": {
        "/a": {
            "get": {
                "operationId": "getA",
                "tags": ["a", "b", "c"],
                "parameters": [
                    {"name": "x", "in": "query", "schema": {"type": "string"}},
                    {"name": "y", "in": "query", "schema": {"type": "string"}},
                    {"name": "z", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


def test_overlay_removes_array_elements_one_or_several(tmp_path: Path) -> None:
    """Before, removing an array element raised a bare TypeError (list indices must be integers)."""
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.paths['/a'].get.parameters[?(@.name == 'y')]", "remove": True},
            {"target": "$.paths['/a'].get.tags[?(@ != 'b')]", "remove": True},
        ],
    }
    patched = apply_overlay(LISTS, overlay, tmp_path / "overlay.yaml")
    assert [p["name"] for p in patched["paths"]["/a"]["get"]["parameters"]] == ["x", "z"]
    assert patched["paths"]["/a"]["get"]["tags"] == ["b"]
    assert len(LISTS["paths"]["/a"]["get"]["parameters"]) == 3  # type: ignore[index]


def test_overlay_update_of_a_scalar_is_named_instead_of_ignored(tmp_path: Path) -> None:
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.info.version", "update": "2.0.0"}]}
    with pytest.raises(SpecError, match=r"overlay.yaml: action 1: target '\$.info.version' is a str; update needs"):
        apply_overlay(LISTS, overlay, tmp_path / "overlay.yaml")


def test_refs_are_checked_with_their_json_pointer_and_data_is_not_taken_for_refs() -> None:
    document = {
        **LISTS,
        "components": {
            "schemas": {
                "Thing": {"type": "object", "example": {"$ref": "not a reference, an example"}},
                "Pair": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                "Gone": {"$ref": "#/components/schemas/Thingy"},
                "Far": {"$ref": "other.yaml#/Thing"},
                "Escaped": {"$ref": "#/paths/~1a/get"},
            }
        },
    }
    assert broken_refs(document) == [
        "$ref '#/components/schemas/Thingy' at /components/schemas/Gone does not resolve: "
        "#/components/schemas has no 'Thingy'; did you mean #/components/schemas/Thing?",
        "$ref 'other.yaml#/Thing' at /components/schemas/Far points outside this file: bundle the spec into one "
        "document",
    ]


def test_an_invalid_spec_lists_each_problem_on_one_short_line(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t}\npaths:\n  /a:\n    get:\n      responses: {'200': {}}\n"
        + "x-big: " * 1
        + "'"
        + "y" * 60000
        + "'\n"
    )
    with pytest.raises(SpecError) as failure:
        effective_spec(spec, None)
    lines = str(failure.value).splitlines()
    assert lines[0] == f"{spec}: invalid OpenAPI document (2 problem(s)):"
    assert all(len(line) < 400 for line in lines), "no line carries the document"
    assert any("at /info: 'version' is a required property" in line for line in lines)


def test_a_yaml_error_names_the_line() -> None:
    with pytest.raises(SpecError, match=r"^spec\.yaml: not valid YAML/JSON \(line 2, column 1\): "):
        parse_document("a: [1,\n", "spec.yaml")


def test_specs_read_the_same_with_libyaml_as_with_the_pure_python_loader() -> None:
    """Generation must not depend on whether PyYAML was built with libyaml: the values YAML 1.1 resolves
    implicitly (booleans, numbers, null, merge keys) come out alike, and dates and times stay strings as JSON
    has them."""
    import yaml

    from specs._pipeline import specdoc

    text = (
        "base: &base {on: yes, off: No, hex: 0x1F, octal: 017, big: 1_000, inf: .inf, nothing: ~}\n"
        "merged: {<<: *base, extra: 1.5e3}\n"
        "when: {date: 2024-01-02, datetime: 2024-01-02T03:04:05Z, spaced: 2024-01-02 03:04:05}\n"
        "quoted: ['2024-01-02', 'yes', \"0x1F\"]\n"
    )

    class PurePython(yaml.SafeLoader):
        yaml_implicit_resolvers = specdoc._JsonCompatibleLoader.yaml_implicit_resolvers

    parsed = parse_document(text, "spec.yaml")
    assert parsed == yaml.load(text, Loader=PurePython)
    assert parsed["when"] == {"date": "2024-01-02", "datetime": "2024-01-02T03:04:05Z", "spaced": "2024-01-02 03:04:05"}
    assert parsed["merged"]["hex"] == 31 and parsed["merged"][True] is True
