"""A spec change, end to end: the committed spec against the working one, the report, the CHANGELOG entry.

``diff_specs`` compares what git has at ``HEAD`` (spec and OpenAPI Overlay, as generation sees them) with the
working tree. ``--apply`` records the proposal: a section for the new version at the top of
``specs/<api>/CHANGELOG.md`` (which the pipeline copies into the package) and, when the API version did not
move, the raised ``revision`` in ``api.toml``.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import RegistryError, SpecError
from .registry import REGISTRY_FILE, ApiEntry
from .specdiff import Proposal, SpecDiff, changelog_entry, diff_documents, propose, report, update_changelog
from .specdoc import Reader, effective_spec

CHANGELOG_FILE = "CHANGELOG.md"


def committed_text(root: Path, path: Path, ref: str = "HEAD") -> str | None:
    """The file as git has it at ``ref`` (None when it is not there, or ``root`` is not a git work tree)."""
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    result = subprocess.run(
        ["git", "-C", str(root), "show", f"{ref}:{relative}"], capture_output=True, text=True, check=False
    )
    return result.stdout if result.returncode == 0 else None


def committed_reader(root: Path, ref: str) -> Reader:
    """A :data:`~.specdoc.Reader` of the files git has at ``ref``, named ``<ref>:<path>`` in messages."""

    def read(path: Path) -> tuple[str, str]:
        label = f"{ref}:{path.resolve().relative_to(root.resolve()).as_posix()}"
        text = committed_text(root, path, ref)
        if text is None:
            raise SpecError(f"{label}: not in git at {ref}")
        return text, label

    return read


def committed_document(entry: ApiEntry, root: Path, ref: str = "HEAD") -> dict[str, Any] | None:
    """The spec generation saw at ``ref``: the committed spec, patched by the committed OpenAPI Overlay, validated.

    None when the spec was not committed at ``ref`` (a new API); an overlay added since is not applied.
    """
    if committed_text(root, entry.spec, ref) is None:
        return None
    overlay = entry.openapi_overlay
    if overlay is not None and committed_text(root, overlay, ref) is None:
        overlay = None
    return effective_spec(entry.spec, overlay, read=committed_reader(root, ref))


def committed_revision(entry: ApiEntry, root: Path, ref: str = "HEAD") -> int:
    text = committed_text(root, entry.registry_file, ref)
    if text is None:
        return 0
    try:
        revision = tomllib.loads(text).get("revision", 0)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{ref}:{entry.registry_file.name} of {entry.name}: not valid TOML: {exc}") from None
    return revision if isinstance(revision, int) else 0


@dataclass(frozen=True)
class Comparison:
    entry: ApiEntry
    diff: SpecDiff
    proposal: Proposal

    def report(self) -> str:
        return report(self.entry.name, self.diff, self.proposal)


def compare_with_committed(entry: ApiEntry, root: Path, ref: str = "HEAD") -> Comparison:
    """The working-tree spec (validated) against the one committed at ``ref``."""
    new = effective_spec(entry.spec, entry.openapi_overlay)
    diff = diff_documents(committed_document(entry, root, ref), new)
    return Comparison(entry, diff, propose(diff, committed_revision(entry, root, ref), entry.revision))


def compare_documents(entry: ApiEntry, old: dict[str, Any] | None, new: dict[str, Any]) -> Comparison:
    """Two documents of the same API, before any revision was raised (as ``fetch_specs`` sees them)."""
    diff = diff_documents(old, new)
    return Comparison(entry, diff, propose(diff, entry.revision, entry.revision))


def set_revision(registry_file: Path, revision: int) -> None:
    """Rewrite the ``revision = N`` line of an ``api.toml``, leaving every other byte as it was."""
    text = registry_file.read_text(encoding="utf-8")
    updated, count = re.subn(r"(?m)^revision\s*=\s*\d+", f"revision = {revision}", text, count=1)
    if count != 1:
        raise SpecError(f"{registry_file}: no `revision = N` line to update")
    registry_file.write_text(updated, encoding="utf-8")


def apply(comparison: Comparison, root: Path) -> list[str]:
    """Write the CHANGELOG section for the proposed version and raise ``revision`` when the proposal needs it."""
    entry, proposal = comparison.entry, comparison.proposal
    if proposal.version is None:
        return [f"{entry.name}: nothing to record"]
    done = []
    if proposal.revision != entry.revision:
        set_revision(entry.folder / REGISTRY_FILE, proposal.revision)
        done.append(f"{entry.name}: revision {entry.revision} -> {proposal.revision} in specs/{entry.name}/api.toml")
    changelog = entry.folder / CHANGELOG_FILE
    if changelog.is_file():
        base = changelog.read_text(encoding="utf-8")
    else:  # start from what the package shipped so far
        shipped = root / "generated" / entry.distribution / CHANGELOG_FILE
        base = shipped.read_text(encoding="utf-8") if shipped.is_file() else "# Changelog\n"
    changelog.write_text(
        update_changelog(base, proposal.version, changelog_entry(comparison.diff, proposal.version)), encoding="utf-8"
    )
    done.append(f"{entry.name}: CHANGELOG section {proposal.version} in specs/{entry.name}/{CHANGELOG_FILE}")
    return done
