"""OpenAPI 3.0 schemas as plain JSON Schema, and deterministic sample values drawn from them.

The contract tests need one valid value per parameter and body; hypothesis-jsonschema needs JSON Schema
(OpenAPI 3.0's ``nullable`` and ``#/components/schemas`` refs are translated here).
"""

from __future__ import annotations

import copy
from typing import Any

_OPENAPI_ONLY = {"example", "examples", "xml", "externalDocs", "discriminator", "deprecated", "readOnly", "writeOnly"}
"""Keywords JSON Schema does not know (``nullable`` is translated, not dropped)."""


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` pointers until a real node is reached."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            raise ValueError(f"circular $ref {ref}")
        seen.add(ref)
        target: Any = document
        for part in ref.removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _has_ref(node: Any) -> bool:
    if isinstance(node, dict):
        return "$ref" in node or any(_has_ref(value) for value in node.values())
    if isinstance(node, list):
        return any(_has_ref(item) for item in node)
    return False


def to_json_schema(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A self-contained JSON Schema (draft 7) for an OpenAPI 3.0 schema, for hypothesis-jsonschema.

    The schema's own level is translated in full; a nested component that refers to further components is
    pinned to one valid sample (``const``). Each component gets its own round-trip test, so drawing whole
    trees again at every level would only cost time (deep trees make hypothesis-jsonschema very slow), and
    pinning also ends recursion (Booqable's nested search groups). Leaf components, and the parts of an
    ``allOf``, are inlined as they are.
    """

    def convert(node: Any, top: bool) -> Any:
        if isinstance(node, list):
            return [convert(item, top) for item in node]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            target = resolve(document, node)
            if top or not _has_ref(target):
                return convert(target, top=False)
            return {"const": sample(document, target)}
        out = {}
        for key, value in node.items():
            if key in _OPENAPI_ONLY or key.startswith("x-") or key == "nullable":
                continue
            if key == "properties":
                out[key] = {name: convert(sub, top) for name, sub in value.items()}
            elif key == "allOf":  # merged into this level, so translated like it (a const would contradict)
                out[key] = [convert(resolve(document, part), top) for part in value]
            else:
                out[key] = convert(value, top)
        if node.get("nullable"):
            return {"anyOf": [out, {"type": "null"}]}
        return out

    result: dict[str, Any] = convert(copy.deepcopy(schema), top=True)
    return result


def all_of(values: list[Any]) -> Any:
    """One value for an ``allOf`` from one value per part: the objects merged, or the first value when the
    ``allOf`` wraps a scalar schema."""
    if not all(isinstance(value, dict) for value in values):
        return values[0]
    merged: dict[str, Any] = {}
    for value in values:
        merged.update(value)
    return merged


def sample(document: dict[str, Any], schema: Any, depth: int = 0, path: tuple[str, ...] = ()) -> Any:
    """One valid, deterministic value for ``schema``: its example, default or first enum, else a minimal fill.

    Optional object properties are filled too (to a small depth) so requests exercise the spec broadly. In a
    ``oneOf``/``anyOf``, a choice that would recurse into a schema already being filled is passed over.
    """
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        path = (*path, schema["$ref"])
    schema = resolve(document, schema)
    if not isinstance(schema, dict):
        return None
    for key in ("example", "default"):
        if key in schema:
            return copy.deepcopy(schema[key])
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = schema[key]
            fresh = [o for o in options if not (isinstance(o, dict) and o.get("$ref") in path)]
            return sample(document, (fresh or options)[0], depth, path)
    if "allOf" in schema:
        values = [sample(document, part, depth, path) for part in schema["allOf"]]
        return all_of(values)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object":
        required = set(schema.get("required", []))
        result = {}
        for name, sub in schema.get("properties", {}).items():
            if name in required or depth < 2:
                if resolve(document, sub).get("readOnly") and name not in required:
                    continue
                result[name] = sample(document, sub, depth + 1, path)
        return result
    if kind == "array":
        count = max(1, schema.get("minItems", 1))
        return [sample(document, schema.get("items", {}), depth + 1, path) for _ in range(count)]
    if kind == "integer":
        return max(1, schema.get("minimum", 1)) if schema.get("maximum", 1) >= 1 else schema["maximum"]
    if kind == "number":
        return float(max(1, schema.get("minimum", 1)))
    if kind == "boolean":
        return True
    return _string(schema)


_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "someone@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "ipv4": "192.0.2.1",
}


def _string(schema: dict[str, Any]) -> str:
    if schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    if "pattern" in schema:
        import hypothesis.strategies as st
        from hypothesis import find

        return str(find(st.from_regex(schema["pattern"], fullmatch=True), lambda _: True))
    length = max(schema.get("minLength", 1), 1)
    text = "sample"
    return (text * (length // len(text) + 1))[: max(length, min(len(text), schema.get("maxLength", len(text))))]


def filled(document: dict[str, Any], node: Any, items: int = 2, top: bool = True) -> Any:
    """A valid instance of ``to_json_schema(document, node)`` with every property of the schema's own level filled.

    ``sample`` leaves optional properties out below a small depth; this fills them all, read-only ones
    included, with ``items`` items per array (within ``minItems``/``maxItems``) and one entry per map, so each
    property of a component's model is read and written at least once. A nested component that refers to
    further components is ``sample``'s value, exactly the ``const`` that ``to_json_schema`` pins it to (it is
    filled in its own round trip); leaves are ``sample``'s too (examples, formats, patterns), and a
    ``oneOf``/``anyOf`` takes its first choice.
    """
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target = resolve(document, node)
        if top or not _has_ref(target):
            return filled(document, target, items, top=False)
        return sample(document, target)
    if not isinstance(node, dict):
        return None
    if "allOf" in node:
        values = [filled(document, resolve(document, part), items, top) for part in node["allOf"]]
        return all_of(values)
    for key in ("oneOf", "anyOf"):
        if key in node:
            return filled(document, node[key][0], items, top)
    if "enum" in node or "example" in node or "default" in node:
        return sample(document, node)
    kind = node.get("type", "object" if "properties" in node else None)
    if kind == "object":
        result = {name: filled(document, sub, items, top) for name, sub in node.get("properties", {}).items()}
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and not node.get("properties"):
            result["key"] = filled(document, extra, items, top)
        return result
    if kind == "array":
        count = min(max(items, node.get("minItems", 0)), node.get("maxItems", items))
        return [filled(document, node.get("items", {}), items, top) for _ in range(count)]
    return sample(document, node)
