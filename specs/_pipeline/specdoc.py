"""Reading, patching and validating OpenAPI documents, with errors that name the file and the problem."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml


class SpecError(Exception):
    """A spec (or its OpenAPI Overlay) cannot be read, patched or validated."""


class _JsonCompatibleLoader(yaml.SafeLoader):
    """A YAML loader that keeps dates and times as strings, as JSON (and so the generator and Prism) sees them."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_document(path: Path) -> dict[str, Any]:
    """Parse a YAML or JSON file into a mapping; a missing, unparsable or non-mapping file raises SpecError."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"{path}: cannot read: {exc.strerror}") from exc
    try:
        data = yaml.load(text, Loader=_JsonCompatibleLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: not valid YAML/JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping at the top level, found {type(data).__name__}")
    return data


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], overlay_path: Path) -> dict[str, Any]:
    """Apply an OpenAPI Overlay 1.0 document (``actions`` with a JSONPath ``target`` and ``update``/``remove``).

    Patching keeps a downloaded bundle byte-for-byte as the vendor published it. A target that matches
    nothing is an error: it usually means the vendor renamed what the overlay patches.
    """
    from jsonpath_ng.ext.parser import parse

    if "overlay" not in overlay or not isinstance(overlay.get("actions"), list):
        raise SpecError(f"{overlay_path}: not an OpenAPI Overlay document (needs 'overlay' and 'actions')")
    result = copy.deepcopy(document)
    for number, action in enumerate(overlay["actions"], start=1):
        target = action.get("target", "")
        try:
            matches = parse(target).find(result)
        except Exception as exc:  # jsonpath-ng raises bare Exceptions for syntax errors
            raise SpecError(f"{overlay_path}: action {number}: bad target {target!r}: {exc}") from exc
        if not matches:
            raise SpecError(f"{overlay_path}: action {number}: target {target!r} matches nothing in the spec")
        for match in matches:
            if action.get("remove"):
                parent = match.context.value if match.context else None
                key = getattr(match.path, "fields", [getattr(match.path, "index", None)])[0]
                if isinstance(parent, dict | list):
                    del parent[key]
            elif "update" in action:
                _merge(match.value, action["update"])
    return result


def _merge(into: Any, update: Any) -> None:
    if isinstance(into, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in into and isinstance(into[key], dict | list):
                _merge(into[key], value)
            else:
                into[key] = copy.deepcopy(value)
    elif isinstance(into, list):
        into.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])


def validate(document: dict[str, Any], path: Path, max_errors: int = 10) -> None:
    """Validate against the OpenAPI schema; raise SpecError listing where and what is wrong."""
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.shortcuts import get_validator_cls

    try:
        validator = get_validator_cls(document)(SchemaPath.from_dict(document))
        errors = list(validator.iter_errors())
    except Exception as exc:  # an unknown 'openapi' version or a broken $ref
        raise SpecError(f"{path}: invalid OpenAPI document: {exc}") from exc
    if errors:
        lines = [f"{path}: invalid OpenAPI document ({len(errors)} problem(s)):"]
        for error in errors[:max_errors]:
            where = "/".join(str(p) for p in getattr(error, "absolute_path", ())) or "(top level)"
            lines.append(f"  at {where}: {error.message}")
        raise SpecError("\n".join(lines))


def effective_spec(spec_path: Path, overlay_path: Path | None) -> dict[str, Any]:
    """The document generation works from: the spec, patched by its OpenAPI Overlay if it has one, validated."""
    document = load_document(spec_path)
    if overlay_path is not None:
        document = apply_overlay(document, load_document(overlay_path), overlay_path)
    validate(document, spec_path)
    return document
