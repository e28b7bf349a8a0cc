"""What a spec change changes for callers of the generated client, and which version that calls for.

Two OpenAPI documents are compared operation by operation (matched by ``operationId``), parameter by
parameter (by location and name), and schema by schema down to each field. Every difference is classified
from the point of view of code that uses the generated client:

- in what callers *send* (parameters, request bodies), a removed field, a new required field or parameter,
  a field that became required, a narrower enum or a changed type breaks them;
- in what callers *receive* (responses), a removed field, a field that became optional or nullable or a
  changed type breaks them; a wider enum does not (the generated enums are open: a value the client does not
  list becomes an ``UNKNOWN`` member, so older clients read it);
- removing an operation or a component schema (its model class) always breaks; adding one never does.

A component schema used on both sides is judged by both. The version scheme (API ``info.version`` plus a
client revision, see README "Versions") then gives the next package version.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .versioning import package_version, release_level

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_REF = "#/components/schemas/"
REQUEST, RESPONSE = "request", "response"
BOTH = frozenset({REQUEST, RESPONSE})
LEVELS = ("none", "patch", "minor", "major")


@dataclass(frozen=True)
class Change:
    kind: str  # "added" | "removed" | "changed"
    what: str  # "operation" | "parameter" | "request body" | "response" | "schema" | "field" | "enum value" | "type"
    where: str
    breaking: bool
    detail: str = ""

    def describe(self) -> str:
        text = f"{self.kind} {self.what} `{self.where}`"
        return text + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True)
class SpecDiff:
    old_version: str | None  # None when there was no previous spec
    new_version: str
    changes: tuple[Change, ...]
    identical: bool

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]

    @property
    def level(self) -> str:
        """The semantic-versioning level the changes call for."""
        if self.identical:
            return "none"
        if self.breaking:
            return "major"
        return "minor" if self.changes else "patch"


# --- walking documents -----------------------------------------------------------------------------------


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref`` chains to components other than schemas (parameters, bodies, responses)."""
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith(SCHEMA_REF):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            break
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], list[Any]]]:
    """operationId (or ``METHOD path``) -> (METHOD, path, operation, path-level parameters)."""
    found = {}
    for path, raw_item in (document.get("paths") or {}).items():
        item = _resolve(document, raw_item)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                key = operation.get("operationId") or f"{method.upper()} {path}"
                found[key] = (method.upper(), path, operation, list(item.get("parameters", [])))
    return found


def _parameters(document: dict[str, Any], path_level: list[Any], operation: dict[str, Any]) -> dict[str, Any]:
    merged = {}
    for raw in [*path_level, *operation.get("parameters", [])]:
        param = _resolve(document, raw)
        if isinstance(param, dict) and "name" in param:
            merged[f"{param.get('in', '?')} {param['name']}"] = param
    return merged


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            yield ref.removeprefix(SCHEMA_REF)
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def schema_usage(document: dict[str, Any]) -> dict[str, set[str]]:
    """Component schema -> the sides it is reachable from: ``request`` (parameters, bodies), ``response``."""
    schemas = (document.get("components") or {}).get("schemas") or {}
    roots: dict[str, list[Any]] = {REQUEST: [], RESPONSE: []}
    for _, _, operation, path_level in _operations(document).values():
        roots[REQUEST] += [_resolve(document, p) for p in [*path_level, *operation.get("parameters", [])]]
        roots[REQUEST].append(_resolve(document, operation.get("requestBody")))
        roots[RESPONSE] += [_resolve(document, r) for r in (operation.get("responses") or {}).values()]
    usage: dict[str, set[str]] = {}
    for side, nodes in roots.items():
        pending = list(_refs(nodes))
        while pending:
            name = pending.pop()
            if side in usage.setdefault(name, set()):
                continue
            usage[name].add(side)
            pending += _refs(schemas.get(name))
    return usage


# --- comparing ------------------------------------------------------------------------------------------


@dataclass
class _Differ:
    old: dict[str, Any]
    new: dict[str, Any]
    changes: list[Change] = field(default_factory=list)

    def add(self, kind: str, what: str, where: str, breaking: bool, detail: str = "") -> None:
        self.changes.append(Change(kind, what, where, breaking, detail))

    # schemas

    def schema(self, old: Any, new: Any, where: str, sides: frozenset[str]) -> None:
        """Compare two schemas in place; ``sides`` says whether callers send them, receive them, or both."""
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        old, new = _shape(old), _shape(new)
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        if old_ref or new_ref:
            if old_ref != new_ref:  # component schemas themselves are compared once, by name
                self.add("changed", "type", where, True, f"{_type_name(old)} -> {_type_name(new)}")
            else:
                self._nullable(old, new, where, sides)
            return
        if (old.get("type"), old.get("format")) != (new.get("type"), new.get("format")):
            self.add("changed", "type", where, True, f"{_type_name(old)} -> {_type_name(new)}")
            return
        self._nullable(old, new, where, sides)
        self._enum(old, new, where, sides)
        self._properties(old, new, where, sides)
        for key, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            self.schema(old.get(key), new.get(key), where + suffix, sides)
        for key in ("allOf", "oneOf", "anyOf"):
            old_members, new_members = old.get(key) or [], new.get(key) or []
            if len(old_members) != len(new_members):
                self.add("changed", "type", where, True, f"{key} of {len(old_members)} -> {len(new_members)} schemas")
                continue
            for number, (a, b) in enumerate(zip(old_members, new_members, strict=True)):
                self.schema(a, b, f"{where}<{key}[{number}]>", sides)

    def _nullable(self, old: dict[str, Any], new: dict[str, Any], where: str, sides: frozenset[str]) -> None:
        was, now = bool(old.get("nullable")), bool(new.get("nullable"))
        if was != now:
            # a value that may now be null surprises readers; one that may no longer be null rejects senders
            breaking = RESPONSE in sides if now else REQUEST in sides
            self.add("changed", "field", where, breaking, "now nullable" if now else "no longer nullable")

    def _enum(self, old: dict[str, Any], new: dict[str, Any], where: str, sides: frozenset[str]) -> None:
        if "enum" not in old and "enum" not in new:
            return
        before, after = list(old.get("enum") or []), list(new.get("enum") or [])
        for value in after:
            if value not in before:  # sent: one more choice; received: the open enums take any value
                self.add("added", "enum value", f"{where} = {value!r}", False)
        for value in before:
            if value not in after:  # senders of that value are now refused by the server
                self.add("removed", "enum value", f"{where} = {value!r}", REQUEST in sides)

    def _properties(self, old: dict[str, Any], new: dict[str, Any], where: str, sides: frozenset[str]) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        required_before, required_after = set(old.get("required") or []), set(new.get("required") or [])
        for name in after:
            if name not in before:
                required = name in required_after
                self.add("added", "field", f"{where}.{name}", required and REQUEST in sides, _required_word(required))
        for name in before:
            if name not in after:
                self.add("removed", "field", f"{where}.{name}", True)
                continue
            was, now = name in required_before, name in required_after
            if was != now:
                breaking = REQUEST in sides if now else RESPONSE in sides
                self.add("changed", "field", f"{where}.{name}", breaking, "now required" if now else "now optional")
            self.schema(before[name], after[name], f"{where}.{name}", sides)

    # operations

    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key in new_ops:
            if key not in old_ops:
                method, path, _, _ = new_ops[key]
                self.add("added", "operation", key, False, f"{method} {path}")
        for key, (method, path, operation, path_level) in old_ops.items():
            if key not in new_ops:
                self.add("removed", "operation", key, True, f"{method} {path}")
                continue
            new_method, new_path, new_operation, new_path_level = new_ops[key]
            if (method, path) != (new_method, new_path):
                self.add("changed", "operation", key, True, f"{method} {path} -> {new_method} {new_path}")
            self._parameters(
                key, _parameters(self.old, path_level, operation), _parameters(self.new, new_path_level, new_operation)
            )
            self._body(
                key,
                _resolve(self.old, operation.get("requestBody")),
                _resolve(self.new, new_operation.get("requestBody")),
            )
            self._responses(key, operation.get("responses") or {}, new_operation.get("responses") or {})

    def _parameters(self, op: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        for key, param in after.items():
            if key not in before:
                required = bool(param.get("required"))
                self.add("added", "parameter", f"{op}: {key}", required, _required_word(required))
        for key, param in before.items():
            if key not in after:
                self.add("removed", "parameter", f"{op}: {key}", True)
                continue
            was, now = bool(param.get("required")), bool(after[key].get("required"))
            if was != now:
                self.add("changed", "parameter", f"{op}: {key}", now, "now required" if now else "now optional")
            self.schema(param.get("schema"), after[key].get("schema"), f"{op}: {key}", frozenset({REQUEST}))

    def _body(self, op: str, before: Any, after: Any) -> None:
        where = f"{op}: request body"
        if not isinstance(before, dict) and not isinstance(after, dict):
            return
        if not isinstance(before, dict):
            required = bool(after.get("required"))
            self.add("added", "request body", where, required, _required_word(required))
            return
        if not isinstance(after, dict):
            self.add("removed", "request body", where, True)
            return
        if bool(before.get("required")) != bool(after.get("required")):
            now = bool(after.get("required"))
            self.add("changed", "request body", where, now, "now required" if now else "now optional")
        self._content(where, before.get("content") or {}, after.get("content") or {}, frozenset({REQUEST}))

    def _responses(self, op: str, before: dict[str, Any], after: dict[str, Any]) -> None:
        for code in after:
            if code not in before:
                self.add("added", "response", f"{op}: {code}", False)
        for code, response in before.items():
            if code not in after:  # a success the client parsed before now comes back unparsed
                self.add("removed", "response", f"{op}: {code}", str(code).startswith("2"))
                continue
            old_resp, new_resp = _resolve(self.old, response), _resolve(self.new, after[code])
            self._content(
                f"{op}: {code} response",
                (old_resp or {}).get("content") or {},
                (new_resp or {}).get("content") or {},
                frozenset({RESPONSE}),
            )

    def _content(self, where: str, before: dict[str, Any], after: dict[str, Any], sides: frozenset[str]) -> None:
        for media in after:
            if media not in before:
                self.add("added", "media type", f"{where} {media}", False)
        for media, content in before.items():
            if media not in after:
                self.add("removed", "media type", f"{where} {media}", True)
                continue
            self.schema((content or {}).get("schema"), (after[media] or {}).get("schema"), where, sides)

    # component schemas

    def components(self) -> None:
        before = (self.old.get("components") or {}).get("schemas") or {}
        after = (self.new.get("components") or {}).get("schemas") or {}
        old_usage, new_usage = schema_usage(self.old), schema_usage(self.new)
        for name in after:
            if name not in before:
                self.add("added", "schema", name, False)
        for name, schema in before.items():
            if name not in after:
                self.add("removed", "schema", name, True)
                continue
            sides = frozenset(old_usage.get(name, set()) | new_usage.get(name, set())) or BOTH  # unused: any use
            self.schema(schema, after[name], name, sides)


def _admits_only_null(member: Any) -> bool:
    return isinstance(member, dict) and member.get("nullable") is True and member.get("enum") == [None]


def _shape(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema as callers meet it, whatever its OpenAPI 3.0 spelling.

    An ``allOf`` of one member (how ``readOnly``, a description or ``x-unverified`` go beside a ``$ref``) is that
    member; an ``anyOf``/``oneOf`` member that admits only null (``{type: ..., nullable: true, enum: [null]}``, how
    a reference is made nullable) makes the schema ``nullable`` instead. So respelling a schema reports nothing.
    """
    shaped = dict(schema)
    for key in ("allOf", "anyOf", "oneOf"):
        members = shaped.get(key)
        if not isinstance(members, list):
            continue
        if key != "allOf" and any(_admits_only_null(member) for member in members):
            members = [member for member in members if not _admits_only_null(member)]
            shaped["nullable"] = True
            shaped[key] = members
        if len(members) == 1 and isinstance(members[0], dict):
            del shaped[key]
            shaped = {**shaped, **members[0]}
    return shaped


def _required_word(required: bool) -> str:
    return "required" if required else "optional"


def _type_name(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix(SCHEMA_REF)
    kind = str(schema.get("type", "any"))
    return f"{kind}({schema['format']})" if "format" in schema else kind


def _info_version(document: dict[str, Any] | None) -> str | None:
    if document is None:
        return None
    return str((document.get("info") or {}).get("version"))


def diff_documents(old: dict[str, Any] | None, new: dict[str, Any]) -> SpecDiff:
    """Every difference between ``old`` (None: no previous spec) and ``new`` that callers can notice."""
    differ = _Differ(old or {}, new)
    differ.operations()
    differ.components()
    return SpecDiff(_info_version(old), str(_info_version(new)), tuple(differ.changes), old == new)


# --- versions -------------------------------------------------------------------------------------------


def version_level(old: str, new: str) -> str:
    """Which part of the API version changed first: ``major``, ``minor`` or ``patch`` (``none`` if equal)."""
    return release_level(old, new)


@dataclass(frozen=True)
class Proposal:
    version: str | None  # None: nothing changed, no new version
    revision: int
    reasons: tuple[str, ...]


def propose(diff: SpecDiff, old_revision: int, current_revision: int) -> Proposal:
    """The next package version (``versioning.package_version``: the API version, then the revision).

    ``old_revision`` is the revision of the old spec's package; ``current_revision`` is what ``api.toml`` says
    now (it may already have been raised).
    """
    if diff.identical:
        return Proposal(None, current_revision, ("the spec did not change",))
    reasons = []
    if diff.old_version is None:
        revision = current_revision
        reasons.append("a new API: its first version")
    elif version_level(diff.old_version, diff.new_version) != "none":
        revision = current_revision
        reasons.append(f"the API version changed ({diff.old_version} -> {diff.new_version}); the revision stays")
        vendor = version_level(diff.old_version, diff.new_version)
        if LEVELS.index(vendor) < LEVELS.index(diff.level):
            reasons.append(
                f"the vendor's version change is {vendor}-level but the changes are {diff.level}-level"
                + (" (breaking): the CHANGELOG marks them" if diff.breaking else "")
            )
    else:
        revision = max(current_revision, old_revision + 1)
        reasons.append(f"the API version ({diff.new_version}) did not change but the spec did: the revision goes up")
    version = package_version(diff.new_version, revision, "info.version")
    return Proposal(version, revision, tuple(reasons))


def _versions(diff: SpecDiff) -> str:
    if diff.old_version == diff.new_version:
        return f"{diff.new_version} (unchanged)"
    return f"{diff.old_version or '(no previous spec)'} -> {diff.new_version}"


def report(name: str, diff: SpecDiff, proposal: Proposal) -> str:
    """The human-readable report ``diff_specs`` and ``fetch_specs`` print."""
    lines = [f"{name}: info.version {_versions(diff)}"]
    if diff.identical:
        lines.append("  no change")
        return "\n".join(lines)
    for change in diff.breaking:
        lines.append(f"  BREAKING    {change.describe()}")
    for change in diff.compatible:
        lines.append(f"  compatible  {change.describe()}")
    if not diff.changes:
        lines.append("  no operation, parameter or field changed: only versions, descriptions, examples or constraints")
    lines.append(f"  {len(diff.breaking)} breaking, {len(diff.compatible)} compatible: a {diff.level}-level change")
    lines.append(f"  proposed package version: {proposal.version} (revision {proposal.revision})")
    lines += [f"    - {reason}" for reason in proposal.reasons]
    return "\n".join(lines)


# --- changelog ------------------------------------------------------------------------------------------


def changelog_entry(diff: SpecDiff, version: str) -> str:
    lines = [f"## {version}", ""]
    summary = f"API version {_versions(diff)}."
    if diff.breaking:
        summary += f" **Breaking**: {len(diff.breaking)} change(s) may break callers."
    lines += [summary, ""]
    lines += [f"- **Breaking**: {c.describe()}" for c in diff.breaking]
    lines += [f"- {c.describe()}" for c in diff.compatible]
    if not diff.changes:
        lines.append("- Descriptions, examples or constraints changed; no change to the client's types.")
    return "\n".join(lines) + "\n"


_HEADING = re.compile(r"^## (\S+)", re.MULTILINE)


def update_changelog(text: str, version: str, entry: str) -> str:
    """``text`` with ``entry`` as the newest section; a section for the same version is replaced."""
    matches = list(_HEADING.finditer(text))
    head = (text[: matches[0].start()] if matches else text).strip() or "# Changelog"
    sections = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        if match.group(1) != version:
            sections.append(text[match.start() : end].strip())
    return "\n\n".join([head, entry.strip(), *sections]) + "\n"
