"""The API registry: one folder per API under ``specs/``, described by its ``api.toml``.

Adding an API is adding a folder with an ``api.toml`` (and its overlay modules); nothing here changes.
Each file is checked against the schema in ``registry_schema.py`` before anything else runs.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from . import registry_schema
from .errors import RegistryError, shown
from .versioning import is_distribution_name

REGISTRY_FILE = "api.toml"
__all__ = ["REGISTRY_FILE", "ApiEntry", "RegistryError", "Source", "load_entry", "load_registry", "select"]


@dataclass(frozen=True)
class Source:
    """Where the spec comes from: ``authored`` by us, or ``download``-ed from the vendor's URL."""

    kind: str
    url: str | None = None


@dataclass(frozen=True)
class ApiEntry:
    """One registered API and everything the pipeline needs to build its package."""

    name: str
    folder: Path
    title: str
    spec: Path
    distribution: str
    package: str
    revision: int
    vendor: str
    overlays: tuple[str, ...]
    source: Source
    generator_config: Path | None = None
    openapi_overlay: Path | None = None
    templates: Path | None = None
    pagination: dict[str, dict[str, Any]] = field(default_factory=dict)
    """``[pagination.<operationId>]``: an operation's own paging table (it replaces the default)."""
    pagination_default: dict[str, Any] | None = None
    """``[pagination-default]``: the paging of every operation whose id matches one of its ``operations``
    patterns (fnmatch) and is not in its ``exclude`` list, so an API declares its scheme once."""
    retry_safe: tuple[str, ...] = ()
    """Operation ids or fnmatch patterns (``search*``) of non-idempotent operations that may be repeated."""
    readme: dict[str, str] = field(default_factory=dict)
    """``[readme]``: values of the ``{{readme.<key>}}`` placeholders in overlay README fragments, so a
    fragment shared by several APIs shows each one code that runs as written (its own operations)."""
    resources: dict[str, Any] = field(default_factory=dict)
    """``[resources]``: names for the resource layer where the spec's own do not do (see resources.py)."""

    @property
    def registry_file(self) -> Path:
        return self.folder / REGISTRY_FILE

    def paging_of(self, operation_id: str) -> dict[str, Any] | None:
        """How ``operation_id`` paginates: its own table, else the default when it matches, else ``None``."""
        if operation_id in self.pagination:
            return self.pagination[operation_id]
        default = self.pagination_default
        if default is None or operation_id in default.get("exclude", ()):
            return None
        if any(fnmatchcase(operation_id, pattern) for pattern in default["operations"]):
            return {key: value for key, value in default.items() if key not in DEFAULT_ONLY}
        return None

    def is_retry_safe(self, operation_id: str) -> bool:
        """Whether ``retry-safe`` names ``operation_id`` or a pattern that matches it."""
        return any(fnmatchcase(operation_id, pattern) for pattern in self.retry_safe)

    def unmatched(self, operation_ids: set[str]) -> list[str]:
        """What the paging and retry declarations name that is not an operation: ids, and patterns or
        ``exclude`` entries that match none (a typo there would silently change nothing)."""
        names = set(self.pagination) | {p for p in self.retry_safe if not _is_pattern(p)}
        missing = sorted(names - operation_ids)
        patterns = [p for p in self.retry_safe if _is_pattern(p)]
        if self.pagination_default is not None:
            patterns += list(self.pagination_default["operations"])
            missing += sorted(set(self.pagination_default.get("exclude", ())) - operation_ids)
        missing += [p for p in patterns if not any(fnmatchcase(op, p) for op in operation_ids)]
        return missing


DEFAULT_ONLY = frozenset({"operations", "exclude"})
"""Keys of ``[pagination-default]`` that select operations rather than describe their paging."""


def _is_pattern(name: str) -> bool:
    return any(c in name for c in "*?[")


def _optional_path(folder: Path, value: str | None) -> Path | None:
    return None if value is None else folder / value


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's content; a missing or unparsable file raises RegistryError naming it (and the line)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegistryError(f"{shown(path)}: cannot read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{shown(path)}: not valid TOML: {exc}") from None


def load_entry(folder: Path, distribution_prefix: str = "") -> ApiEntry:
    """Read ``folder/api.toml``; a bad file raises :class:`RegistryError` naming it, the key and the problem."""
    path = folder / REGISTRY_FILE
    raw = read_toml(path)
    problems = registry_schema.problems(raw, shown(path))
    if distribution_prefix and isinstance(raw.get("distribution"), str):
        prefixed = distribution_prefix + raw["distribution"]
        if not is_distribution_name(prefixed):
            problems.append(
                f"{shown(path)}: distribution: with the prefix it is {prefixed!r}, not a valid name "
                "(distribution-prefix in [tool.planning-clients] of pyproject.toml)"
            )
    if problems:
        raise RegistryError("\n".join(problems))
    try:
        source = raw.get("source", {"kind": "authored"})
        templates = folder / "templates"
        entry = ApiEntry(
            name=folder.name,
            folder=folder,
            title=raw["title"],
            spec=folder / raw.get("spec", "openapi.yaml"),
            distribution=distribution_prefix + raw["distribution"],
            package=raw["package"],
            revision=int(raw["revision"]),
            vendor=raw["vendor"],
            overlays=tuple(raw.get("overlays", ())),
            source=Source(kind=source["kind"], url=source.get("url")),
            generator_config=_optional_path(folder, raw.get("generator-config")),
            openapi_overlay=_optional_path(folder, raw.get("openapi-overlay")),
            templates=templates if templates.is_dir() else None,
            pagination=dict(raw.get("pagination", {})),
            pagination_default=raw.get("pagination-default"),
            retry_safe=tuple(raw.get("retry-safe", ())),
            readme={str(key): str(value) for key, value in raw.get("readme", {}).items()},
            resources=dict(raw.get("resources", {})),
        )
    except KeyError as exc:  # the schema lists every required key; this is a schema that forgot one
        raise RegistryError(f"{shown(path)}: missing required key {exc.args[0]!r}") from None
    return entry


def distribution_prefix(root: Path) -> str:
    """The one place the distribution-name prefix is configured: ``[tool.planning-clients]`` in pyproject.toml."""
    path = root / "pyproject.toml"
    pyproject = read_toml(path)
    prefix = pyproject.get("tool", {}).get("planning-clients", {}).get("distribution-prefix", "")
    if not isinstance(prefix, str):
        raise RegistryError(f"{shown(path)}: [tool.planning-clients] distribution-prefix must be a string")
    return prefix


def check_references(entry: ApiEntry, root: Path) -> list[str]:
    """What ``entry`` names that is not there: overlay sets under ``root/overlays``, its config files."""
    where = shown(entry.registry_file)
    found = []
    overlays = root / "overlays"
    existing = sorted(p.name for p in overlays.iterdir() if p.is_dir()) if overlays.is_dir() else []
    for name in entry.overlays:
        if name not in existing:
            close = difflib.get_close_matches(name, existing, n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else f" (there are: {', '.join(existing) or 'none'})"
            found.append(f'{where}: overlays: no overlay set "{name}" in {shown(overlays)}/{hint}')
    for key, path in (("generator-config", entry.generator_config), ("openapi-overlay", entry.openapi_overlay)):
        if path is not None and not path.is_file():
            found.append(f"{where}: {key}: no file {shown(path)}")
    return found


def load_registry(root: Path) -> list[ApiEntry]:
    """Every API registered under ``root/specs``, sorted by name; every mistake in any of them is reported."""
    prefix = distribution_prefix(root)
    folders = sorted(p.parent for p in (root / "specs").glob(f"*/{REGISTRY_FILE}"))
    entries, problems = [], []
    for folder in folders:
        try:
            entry = load_entry(folder, prefix)
        except RegistryError as exc:
            problems.append(str(exc))
            continue
        problems += check_references(entry, root)
        entries.append(entry)
    if problems:
        raise RegistryError("\n".join(problems))
    return entries


def select(entries: list[ApiEntry], names: list[str]) -> list[ApiEntry]:
    """The entries named on the command line (all when none are named); an unknown name is an error."""
    if not names:
        return entries
    known = {e.name: e for e in entries}
    unknown = [n for n in names if n not in known]
    if unknown:
        hints = [
            f"{name} (did you mean {close[0]}?)"
            if (close := difflib.get_close_matches(name, list(known), n=1))
            else name
            for name in unknown
        ]
        options = (
            " (options go before the API names: `-- --url URL <api>`)"
            if any(n.startswith("-") for n in unknown)
            else ""
        )
        raise RegistryError(f"unknown API {', '.join(hints)}; registered: {', '.join(known)}{options}")
    return [known[n] for n in names]
