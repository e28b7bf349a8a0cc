"""The API registry: one folder per API under ``specs/``, described by its ``api.toml``.

Adding an API is adding a folder with an ``api.toml`` (and its overlay modules); nothing here changes.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REGISTRY_FILE = "api.toml"


class RegistryError(Exception):
    """An ``api.toml`` is missing, unreadable or incomplete."""


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
    retry_safe: tuple[str, ...] = ()
    readme: dict[str, str] = field(default_factory=dict)
    """``[readme]``: values of the ``{{readme.<key>}}`` placeholders in overlay README fragments, so a
    fragment shared by several APIs shows each one code that runs as written (its own operations)."""

    @property
    def registry_file(self) -> Path:
        return self.folder / REGISTRY_FILE


def _optional_path(folder: Path, value: str | None) -> Path | None:
    return None if value is None else folder / value


def load_entry(folder: Path, distribution_prefix: str = "") -> ApiEntry:
    """Read ``folder/api.toml``; a bad file raises :class:`RegistryError` naming it and the problem."""
    path = folder / REGISTRY_FILE
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"{path}: {exc}") from exc
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
            retry_safe=tuple(raw.get("retry-safe", ())),
            readme={str(key): str(value) for key, value in raw.get("readme", {}).items()},
        )
    except KeyError as exc:
        raise RegistryError(f"{path}: missing required key {exc.args[0]!r}") from exc
    if entry.source.kind not in {"authored", "download"} or (entry.source.kind == "download" and not entry.source.url):
        raise RegistryError(f"{path}: [source] must be kind='authored' or kind='download' with a url")
    return entry


def distribution_prefix(root: Path) -> str:
    """The one place the distribution-name prefix is configured: ``[tool.planning-clients]`` in pyproject.toml."""
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return str(pyproject.get("tool", {}).get("planning-clients", {}).get("distribution-prefix", ""))


def load_registry(root: Path) -> list[ApiEntry]:
    """Every API registered under ``root/specs``, sorted by name."""
    prefix = distribution_prefix(root)
    folders = sorted(p.parent for p in (root / "specs").glob(f"*/{REGISTRY_FILE}"))
    return [load_entry(folder, prefix) for folder in folders]


def select(entries: list[ApiEntry], names: list[str]) -> list[ApiEntry]:
    """The entries named on the command line (all when none are named); an unknown name is an error."""
    if not names:
        return entries
    known = {e.name: e for e in entries}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise RegistryError(f"unknown API {', '.join(unknown)}; registered: {', '.join(known)}")
    return [known[n] for n in names]
