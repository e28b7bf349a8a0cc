"""``update <api>``: "the vendor changed its API" as one command, all or nothing.

The steps, each announced as it starts; the first that fails stops the run, and ``specs/<api>/`` and
``generated/<dist>/`` are put back exactly as they were before it started:

1. the new spec: download and adopt the vendor's bundle (``kind = "download"``, or ``--url``), or re-read the
   authored spec someone edited; either way validated as generation sees it;
2. the report: what changed since ``HEAD`` for callers, breaking or not;
3. the CHANGELOG section for the next version, and ``revision`` raised when the API version did not move;
4. the package regenerated;
5. the API's tests: ``tests/harness`` selected by the API's name, and ``tests/vendors/<vendor>/`` if it exists;
6. the drift and version checks ``nox -s check`` runs, for this API.

Nothing is committed or published: the end says what to review and commit.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from .changes import apply, compare_with_committed
from .errors import PipelineError, UpdateError
from .fetch import fetch
from .generate import drift, generate
from .registry import ApiEntry, load_registry, select
from .releases import check_versions
from .specdoc import effective_spec

TestRunner = Callable[[ApiEntry, Path], list[str]]
"""Runs an API's tests; returns what failed (empty when they passed)."""


def api_test_commands(entry: ApiEntry, root: Path) -> list[list[str]]:
    """The pytest runs that make up an API's tests."""
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    commands = [[*pytest, "tests/harness", "-k", entry.name]]
    if (root / "tests" / "vendors" / entry.vendor).is_dir():
        commands.append([*pytest, f"tests/vendors/{entry.vendor}"])
    return commands


def run_api_tests(entry: ApiEntry, root: Path) -> list[str]:
    """Run :func:`api_test_commands` with their output shown; the commands that failed."""
    failed = []
    for command in api_test_commands(entry, root):
        print(f"  $ {' '.join(['pytest', *command[3:]])}", flush=True)
        if subprocess.run(command, cwd=root, check=False).returncode != 0:
            failed.append(" ".join(["pytest", *command[3:]]))
    return failed


@contextlib.contextmanager
def restored_on_failure(folders: list[Path], scratch: Path) -> Iterator[None]:
    """Snapshot ``folders``; if the block raises, put each back exactly as it was (absent ones removed)."""
    saved: list[tuple[Path, Path | None]] = []
    for number, folder in enumerate(folders):
        if folder.exists():
            shutil.copytree(folder, scratch / f"saved-{number}", symlinks=True)
            saved.append((folder, scratch / f"saved-{number}"))
        else:
            saved.append((folder, None))
    try:
        yield
    except BaseException:
        for number, (folder, copy) in enumerate(saved):
            if folder.exists():
                folder.replace(scratch / f"discarded-{number}")  # same filesystem: a rename
            if copy is not None:
                copy.replace(folder)
        raise


def update(
    root: Path,
    name: str,
    *,
    url: str | None = None,
    run_tests: TestRunner | None = None,
    out: Callable[[str], None] = print,
) -> int:
    """Run the vendor-update flow for one API (see the module docstring); UpdateError when a step fails.

    ``run_tests`` replaces :func:`run_api_tests` (the pipeline's own tests use it).
    """
    run_tests = run_tests or run_api_tests
    (entry,) = select(load_registry(root), [name])
    spec_folder, package = entry.folder, root / "generated" / entry.distribution
    kept = f"{spec_folder.relative_to(root).as_posix()}/ and generated/{entry.distribution}/"
    steps = ["new spec", "report", "CHANGELOG and version", "generate", "tests", "check"]
    step = 0

    def start(number: int) -> None:
        nonlocal step
        step = number
        out(f"[{number}/{len(steps)}] {steps[number - 1]}")

    scratch_parent = root / ".cache"
    scratch_parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="update-", dir=scratch_parent) as tmp:
        try:
            with restored_on_failure([spec_folder, package], Path(tmp)):
                start(1)
                if url is not None or entry.source.kind == "download":
                    out(f"  {fetch(entry, url).summary()}")
                else:
                    effective_spec(entry.spec, entry.openapi_overlay)
                    out(f"  {name}: the authored spec {entry.spec.name} is valid")

                start(2)
                comparison = compare_with_committed(entry, root)
                out(comparison.report())
                if comparison.diff.identical:
                    out(f"{name}: the spec is as committed at HEAD; nothing to update")
                    return 0

                start(3)
                for line in apply(comparison, root):
                    out(f"  {line}")
                (entry,) = select(load_registry(root), [name])  # the revision may have gone up

                start(4)
                for outcome in generate([entry], root, force=True):
                    out(f"  {outcome.status}  {outcome.api} -> generated/{entry.distribution}")

                start(5)
                if failed := run_tests(entry, root):
                    raise UpdateError(f"the API's tests failed: {'; '.join(failed)}")

                start(6)
                ours = f"generated/{entry.distribution}/"
                problems = [p for p in drift([entry], root) if p.split()[1].startswith(ours)]
                problems += check_versions([entry], root)
                if problems:
                    raise UpdateError("\n  ".join(["the package does not match a fresh generation:", *problems]))
        except PipelineError as exc:
            raise UpdateError(
                f"step {step}/{len(steps)} ({steps[step - 1]}) failed: {exc}\n{kept} were put back as they were"
            ) from None
    out(
        f"{name}: updated. Review `git diff -- {kept.replace(' and ', ' ')}`, commit it, "
        f"then `nox -s publish -- {name}`"
    )
    return 0
