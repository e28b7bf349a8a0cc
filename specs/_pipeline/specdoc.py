"""Reading, patching and validating OpenAPI documents, with errors that name the file and the problem.

:func:`effective_spec` is the one way the pipeline reads a spec: the spec, patched by the API's OpenAPI Overlay,
then checked (every local ``$ref`` resolves, then openapi-spec-validator). Generation, ``fetch_specs`` (a
downloaded bundle), ``diff_specs`` (the spec committed at a git revision) and the tests all go through it; they
differ only in where the text comes from, which a :data:`Reader` says.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError, shown

__all__ = [
    "Reader",
    "SpecError",
    "apply_overlay",
    "broken_refs",
    "effective_spec",
    "load_document",
    "parse_document",
    "read_file",
    "validate",
]

Reader = Callable[[Path], tuple[str, str]]
"""Gives a file's text and the name messages call it by (a path, ``HEAD:specs/x/openapi.yaml``, a URL)."""

MAX_PROBLEMS = 10
"""At most this many problems are listed, one line each; the count says how many there were."""


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it (its wheels are): the same safe constructors and resolvers,
several times faster than the pure-Python one on a 300-operation spec."""


class _JsonCompatibleLoader(_SafeLoader):  # type: ignore[valid-type,misc]  # one of two classes, chosen above
    """A YAML loader that keeps dates and times as strings, as JSON (and so the generator and Prism) sees them."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_file(path: Path) -> tuple[str, str]:
    """The :data:`Reader` of the working tree: the file's text, named by its path."""
    try:
        return path.read_text(encoding="utf-8"), shown(path)
    except OSError as exc:
        raise SpecError(f"{shown(path)}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise SpecError(f"{shown(path)}: not UTF-8 text (byte {exc.start})") from None


def parse_document(text: str, label: str) -> dict[str, Any]:
    """Parse YAML or JSON text into a mapping; errors name ``label`` and the line."""
    try:
        data = yaml.load(text, Loader=_JsonCompatibleLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise SpecError(f"{label}: not valid YAML/JSON{where}: {problem}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{label}: expected a mapping at the top level, found {type(data).__name__}")
    return data


def load_document(path: Path, read: Reader = read_file) -> dict[str, Any]:
    """Parse a YAML or JSON file into a mapping; a missing, unparsable or non-mapping file raises SpecError."""
    return parse_document(*read(path))


def operation_objects(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) -> the spec's operation object, for what the generator does not keep (the spec's own
    operationId, the operation's security requirements)."""
    found = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[(method.upper(), path)] = operation
    return found


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], overlay_path: Path | str) -> dict[str, Any]:
    """Apply an OpenAPI Overlay 1.0 document (``actions`` with a JSONPath ``target`` and ``update``/``remove``).

    Patching keeps a downloaded bundle byte-for-byte as the vendor published it. A target that matches
    nothing is an error: it usually means the vendor renamed what the overlay patches. ``remove`` deletes
    object members and array elements alike (several elements of one array at once too).
    """
    from jsonpath_ng.ext.parser import parse

    label = shown(overlay_path) if isinstance(overlay_path, Path) else overlay_path
    if "overlay" not in overlay or not isinstance(overlay.get("actions"), list):
        raise SpecError(f"{label}: not an OpenAPI Overlay document (needs 'overlay' and 'actions')")
    result = copy.deepcopy(document)
    for number, action in enumerate(overlay["actions"], start=1):
        where = f"{label}: action {number}"
        if not isinstance(action, dict):
            raise SpecError(f"{where}: expected a mapping with 'target' and 'update' or 'remove'")
        target = action.get("target", "")
        try:
            matches = parse(target).find(result)
        except Exception as exc:  # jsonpath-ng raises bare Exceptions for syntax errors
            raise SpecError(f"{where}: bad target {target!r}: {exc}") from None
        if not matches:
            raise SpecError(f"{where}: target {target!r} matches nothing in the spec")
        if action.get("remove"):
            _remove(matches, where, target)
        elif "update" in action:
            for match in matches:
                if not isinstance(match.value, dict | list):
                    raise SpecError(
                        f"{where}: target {target!r} is a {type(match.value).__name__}; update needs an object "
                        "or an array (target its parent and update the member)"
                    )
                _merge(match.value, action["update"])
    return result


def _remove(matches: list[Any], where: str, target: str) -> None:
    """Delete every match from its parent; array elements last index first, so no deletion shifts another."""
    doomed: list[tuple[Any, Any]] = []
    for match in matches:
        parent = match.context.value if match.context is not None else None
        if isinstance(parent, dict):
            doomed += [(parent, key) for key in getattr(match.path, "fields", ()) if key in parent]
        elif isinstance(parent, list):
            doomed += [(parent, index) for index in getattr(match.path, "indices", ())]
        else:
            raise SpecError(f"{where}: target {target!r} has no parent object or array to remove it from")
    unique = {(id(parent), key): (parent, key) for parent, key in doomed}
    for parent, key in sorted(unique.values(), key=lambda pair: -pair[1] if isinstance(pair[1], int) else 0):
        del parent[key]


def _merge(into: Any, update: Any) -> None:
    if isinstance(into, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in into and isinstance(into[key], dict | list):
                _merge(into[key], value)
            else:
                into[key] = copy.deepcopy(value)
    elif isinstance(into, list):
        into.extend(copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)])


DATA_KEYS = frozenset({"example", "default", "enum", "const"})
"""Members whose values are data, not spec structure: a ``$ref`` inside them is text, never resolved."""


def _pointer(parts: tuple[str, ...]) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts) or "/"


def _refs(node: Any, parts: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(location, value) of every ``$ref`` in the document's structure."""
    if isinstance(node, dict):
        if "$ref" in node:
            yield parts, node["$ref"]
        for key, value in node.items():
            inside_examples = len(parts) >= 2 and parts[-2] == "examples" and key == "value"
            if key != "$ref" and key not in DATA_KEYS and not inside_examples:
                yield from _refs(value, (*parts, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, (*parts, str(index)))


def _unresolved(document: dict[str, Any], ref: str) -> str | None:
    """Why the local ``ref`` does not resolve in ``document`` (None when it does)."""
    import difflib
    import urllib.parse

    node: Any = document
    walked = "#"
    for raw in urllib.parse.unquote(ref[1:]).split("/")[1:]:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            close = difflib.get_close_matches(part, [str(k) for k in node], n=1) if isinstance(node, dict) else []
            hint = f"; did you mean {walked}/{close[0]}?" if close else ""
            return f"{walked} has no {part!r}{hint}"
        walked += "/" + raw
    return None


def broken_refs(document: dict[str, Any]) -> list[str]:
    """Every ``$ref`` that does not resolve inside ``document``: where it is (a JSON pointer) and why."""
    found = []
    for parts, ref in _refs(document):
        at = _pointer(parts)
        if not isinstance(ref, str):
            found.append(f"$ref at {at} is not a string")
        elif not ref.startswith("#"):
            found.append(f"$ref {ref!r} at {at} points outside this file: bundle the spec into one document")
        elif (why := _unresolved(document, ref)) is not None:
            found.append(f"$ref {ref!r} at {at} does not resolve: {why}")
    return found


def _problems(label: str, headline: str, lines: list[str]) -> SpecError:
    shown_lines = [f"  {line}" for line in lines[:MAX_PROBLEMS]]
    if len(lines) > MAX_PROBLEMS:
        shown_lines.append(f"  ... and {len(lines) - MAX_PROBLEMS} more")
    return SpecError("\n".join([f"{label}: {headline} ({len(lines)} problem(s)):", *shown_lines]))


def validate(document: dict[str, Any], path: Path | str) -> None:
    """Check every local ``$ref``, then validate against the OpenAPI schema; SpecError says where and what."""
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.shortcuts import get_validator_cls

    label = shown(path) if isinstance(path, Path) else path
    if refs := broken_refs(document):
        raise _problems(label, "broken $ref", refs)
    try:
        validator = get_validator_cls(document)(SchemaPath.from_dict(document))
        errors = list(validator.iter_errors())
    except Exception as exc:  # an unknown 'openapi' version, or a reference the check above does not follow
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise SpecError(f"{label}: invalid OpenAPI document: {first[:200]}") from None
    if errors:
        raise _problems(
            label,
            "invalid OpenAPI document",
            [
                f"at {_pointer(tuple(str(p) for p in getattr(error, 'absolute_path', ())))}: {error.message[:200]}"
                for error in errors
            ],
        )


def effective_spec(spec_path: Path, overlay_path: Path | None, read: Reader = read_file) -> dict[str, Any]:
    """The document generation works from: the spec, patched by its OpenAPI Overlay if it has one, validated.

    ``read`` says where the files come from (default: the working tree); errors name what it calls them.
    """
    text, label = read(spec_path)
    document = parse_document(text, label)
    if overlay_path is not None:
        overlay_text, overlay_label = read(overlay_path)
        document = apply_overlay(document, parse_document(overlay_text, overlay_label), overlay_label)
        label = f"{label} (patched by {overlay_label})"
    validate(document, label)
    return document
