"""The version ledger: one released version never names two different package contents.

``specs/<api>/released.toml`` maps each version that was released (built and uploaded by ``publish``, or recorded
by hand with ``versions --record``) to the digest of the package's content at that version (every file of
``generated/<dist>/`` but the inputs stamp). Recording never rewrites a line. ``check`` fails when a released
version's content changed, or when the current version is below a released one; a version not released yet
may change freely (local generations record nothing, so a mistaken run costs nothing). Versions are ordered by
PEP 440 (``packaging``). The ledger is not a generation input (see ``generate.NOT_INPUTS``).
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.version import Version

from .builds import package_dir, package_version_of
from .errors import VersionError, shown
from .generate import STAMP_FILE, TOOL_CACHES
from .registry import ApiEntry
from .versioning import parse

LEDGER_FILE = "released.toml"
"""Must be in ``generate.NOT_INPUTS``: recording a version must not make the package look stale."""
HEADER = """\
# Version -> digest of the package's content (every file of generated/{distribution}/ but .inputs.sha256).
# `nox -s publish` appends each version it uploads; `nox -s check` fails when a released version's content
# changes. Never edit a line of a published version. See README.md, "Versions".
"""


def content_digest(project_dir: Path) -> str:
    """sha256 over every file's relative path and bytes, in path order (caches and the inputs stamp excluded)."""
    digest = hashlib.sha256()
    for path in sorted(project_dir.rglob("*")):
        relative = path.relative_to(project_dir)
        if not path.is_file() or not TOOL_CACHES.isdisjoint(relative.parts) or relative.as_posix() == STAMP_FILE:
            continue
        digest.update(relative.as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return "sha256:" + digest.hexdigest()


def ledger_path(entry: ApiEntry) -> Path:
    return entry.folder / LEDGER_FILE


def read_ledger(entry: ApiEntry) -> dict[str, str]:
    """Released versions in the order they were recorded; a broken ledger raises VersionError naming it."""
    path = ledger_path(entry)
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise VersionError(f"{shown(path)}: not valid TOML: {exc}") from None
    versions = data.get("versions", {})
    if not isinstance(versions, dict):
        raise VersionError(f"{shown(path)}: [versions] must be a table of version = digest")
    ledger = {str(version): str(digest) for version, digest in versions.items()}
    for version in ledger:
        parse(version, f"{shown(path)}: [versions]")
    return ledger


def write_ledger(entry: ApiEntry, ledger: dict[str, str]) -> None:
    lines = [HEADER.format(distribution=entry.distribution), "[versions]"]
    lines += [f"{json.dumps(version)} = {json.dumps(digest)}" for version, digest in ledger.items()]
    ledger_path(entry).write_text("\n".join(lines) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class VersionState:
    """Where one package's current version stands against its ledger."""

    entry: ApiEntry
    version: str
    digest: str
    ledger: dict[str, str]

    @property
    def recorded(self) -> str | None:
        """The digest released under the current version (None: not released yet)."""
        current = Version(self.version)
        return next((digest for version, digest in self.ledger.items() if Version(version) == current), None)

    @property
    def newer_recorded(self) -> list[str]:
        """Released versions above the current one (a version must only go up)."""
        current = Version(self.version)
        return [version for version in self.ledger if Version(version) > current]

    def _raise_revision(self) -> str:
        return (
            f"raise `revision` in specs/{self.entry.name}/{self.entry.registry_file.name} "
            f"(to {self.entry.revision + 1} or more), then `nox -s generate -- {self.entry.name}`"
        )

    def problem(self) -> str | None:
        where = f"{self.entry.distribution} {self.version}"
        if self.recorded is not None and self.recorded != self.digest:
            return (
                f"{where} was released with other content (released {self.recorded[:19]}..., now "
                f"{self.digest[:19]}...): {self._raise_revision()}"
            )
        if self.recorded is None and self.newer_recorded:
            return (
                f"{where} is below the released {', '.join(self.newer_recorded)}: {self._raise_revision()}, until "
                "the version is above them"
            )
        return None


def version_state(entry: ApiEntry, root: Path) -> VersionState | None:
    """The state of the generated package, or None when it has not been generated yet."""
    project_dir = package_dir(entry, root)
    if not (project_dir / "pyproject.toml").is_file():
        return None
    version = package_version_of(project_dir)
    parse(version, f"{shown(project_dir / 'pyproject.toml')}: version")
    return VersionState(entry, version, content_digest(project_dir), read_ledger(entry))


def check_versions(entries: list[ApiEntry], root: Path) -> list[str]:
    """Problems (empty when no released version changed content and no version went backwards)."""
    states = [version_state(entry, root) for entry in entries]
    return [problem for state in states if state is not None and (problem := state.problem()) is not None]


def unreleased(entries: list[ApiEntry], root: Path) -> list[str]:
    """``<dist> <version>`` of every generated package whose version is not in its ledger yet."""
    states = [version_state(entry, root) for entry in entries]
    return [f"{s.entry.distribution} {s.version}" for s in states if s is not None and s.recorded is None]


def record_versions(entries: list[ApiEntry], root: Path) -> list[str]:
    """Append each package's current version to its ledger when it is new; never rewrite a recorded one.

    Returns what it did, including a warning for a version whose content changed (``check`` then fails).
    """
    messages = []
    for entry in entries:
        state = version_state(entry, root)
        if state is None:
            continue
        if state.recorded is None and not state.newer_recorded:
            write_ledger(entry, {**state.ledger, state.version: state.digest})
            messages.append(f" recorded  {entry.distribution} {state.version} in specs/{entry.name}/{LEDGER_FILE}")
        elif (problem := state.problem()) is not None:
            messages.append(f"  warning  {problem}")
    return messages
