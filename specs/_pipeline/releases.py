"""The version ledger: one version never names two different package contents.

``specs/<api>/released.toml`` maps each version the pipeline generated to the digest of the package's
content (every file of ``generated/<dist>/`` but the inputs stamp). ``generate`` appends the current version
when it is new and never rewrites a line; ``check`` fails when the content changed but the version did not,
when the current version is missing from the ledger, or when the version went backwards. The ledger is not a
generation input (see ``generate.NOT_INPUTS``), so recording a version does not make the package stale.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .builds import package_dir, package_version_of
from .generate import STAMP_FILE, TOOL_CACHES
from .registry import ApiEntry

LEDGER_FILE = "released.toml"
"""Must be in ``generate.NOT_INPUTS``: recording a version must not make the package look stale."""
HEADER = """\
# Version -> digest of the package's content (every file of generated/{distribution}/ but .inputs.sha256).
# `nox -s generate` appends new versions; `nox -s check` fails when the content changes but the version does not.
# Never edit a line of a published version. See README.md, "Versions".
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
    """Recorded versions in the order they were recorded."""
    import tomllib

    path = ledger_path(entry)
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {str(version): str(digest) for version, digest in data.get("versions", {}).items()}


def write_ledger(entry: ApiEntry, ledger: dict[str, str]) -> None:
    lines = [HEADER.format(distribution=entry.distribution), "[versions]"]
    lines += [f"{json.dumps(version)} = {json.dumps(digest)}" for version, digest in ledger.items()]
    ledger_path(entry).write_text("\n".join(lines) + "\n", encoding="utf-8")


def version_key(version: str) -> tuple[int, ...] | None:
    """Numeric parts for ordering; None when a part is not a plain number (then no ordering is checked)."""
    parts = version.split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else None


@dataclass(frozen=True)
class VersionState:
    """Where one package's current version stands against its ledger."""

    entry: ApiEntry
    version: str
    digest: str
    ledger: dict[str, str]

    @property
    def recorded(self) -> str | None:
        return self.ledger.get(self.version)

    @property
    def newer_recorded(self) -> list[str]:
        """Recorded versions greater than the current one (a version must only go up)."""
        current = version_key(self.version)
        if current is None:
            return []
        return [v for v in self.ledger if (key := version_key(v)) is not None and key > current]

    def problem(self) -> str | None:
        where = f"{self.entry.distribution} {self.version}"
        if self.recorded is not None and self.recorded != self.digest:
            return (
                f"{where}: the package's content changed but its version did not "
                f"(recorded {self.recorded[:19]}..., now {self.digest[:19]}...): raise `revision` in "
                f"{self.entry.registry_file.name} of specs/{self.entry.name}/ and regenerate"
            )
        if self.recorded is None and self.newer_recorded:
            return f"{where}: the version went backwards (already recorded: {', '.join(self.newer_recorded)})"
        if self.recorded is None:
            return f"{where}: not in specs/{self.entry.name}/{LEDGER_FILE}: run `nox -s generate`, which records it"
        return None


def version_state(entry: ApiEntry, root: Path) -> VersionState | None:
    """The state of the generated package, or None when it has not been generated yet."""
    project_dir = package_dir(entry, root)
    if not (project_dir / "pyproject.toml").is_file():
        return None
    return VersionState(entry, package_version_of(project_dir), content_digest(project_dir), read_ledger(entry))


def check_versions(entries: list[ApiEntry], root: Path) -> list[str]:
    """Problems (empty when every generated package's version matches its recorded content)."""
    states = [version_state(entry, root) for entry in entries]
    return [problem for state in states if state is not None and (problem := state.problem()) is not None]


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
