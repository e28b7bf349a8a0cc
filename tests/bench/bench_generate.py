"""Regeneration: our pipeline regenerating every client (``generate --force``) vs bare openapi-python-client
on the same specs, and a no-op regeneration (nothing changed: only the inputs are hashed).

Both run in a scratch copy of the repository (specs, pipeline, overlays, pyproject.toml), never in this one.
The bare generator gets each API's effective spec (its OpenAPI Overlay applied, as the pipeline sees it)
and its defaults (ruff post-hooks included); the pipeline adds overlays, package files, ruff and the
atomic swap into ``generated/``.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from specs._pipeline.registry import load_registry
from specs._pipeline.specdoc import effective_spec
from tests.bench.timing import Row, median_time, side_by_side
from tests.conftest import ROOT

FULL_TARGET = 1.3
NOOP_TARGET = 0.5
_IGNORE = shutil.ignore_patterns("__pycache__", ".cache")


@contextmanager
def scratch_repository() -> Iterator[Path]:
    """A throw-away copy of what generation reads."""
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        repo = Path(tmp) / "repo"
        repo.mkdir()
        shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
        for folder in ("specs", "overlays"):
            shutil.copytree(ROOT / folder, repo / folder, ignore=_IGNORE)
        yield repo


def _environment() -> dict[str, str]:
    """PATH starting with this interpreter's bin/, so both sides find the same ruff."""
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}


def pipeline(repo: Path, *, force: bool, apis: tuple[str, ...] = ()) -> None:
    subprocess.run(
        [sys.executable, "-m", "specs._pipeline", "generate", *(["--force"] if force else []), *apis],
        cwd=repo,
        env=_environment(),
        check=True,
        capture_output=True,
    )


def bare(repo: Path, output: Path, apis: tuple[str, ...] = ()) -> None:
    """openapi-python-client, once per API (or the ones named), with nothing of ours."""
    generator = Path(sys.executable).parent / "openapi-python-client"
    for entry in load_registry(repo):
        if apis and entry.name not in apis:
            continue
        spec = output / f"{entry.name}.json"
        spec.write_text(json.dumps(effective_spec(entry.spec, entry.openapi_overlay)), encoding="utf-8")
        target = output / entry.distribution
        subprocess.run(
            [
                str(generator),
                "generate",
                "--path",
                str(spec),
                "--meta",
                "none",
                "--overwrite",
                "--output-path",
                str(target),
            ],
            cwd=output,
            env=_environment(),
            check=True,
            capture_output=True,
        )


def size(api: str) -> str:
    """``297 operations, 420 schemas``: how big the API's generated package is, as its manifest says."""
    entry = next(e for e in load_registry(ROOT) if e.name == api)
    manifest = importlib.import_module(f"{entry.package}._spec")
    return f"{len(manifest.OPERATIONS)} operations, {len(manifest.SCHEMAS)} schemas"


def run(repeat: int = 2, noop_repeat: int = 5, api: str = "booqable") -> list[Row]:
    """Every API, then the biggest one (Booqable) alone, at whatever size its spec has today."""
    with scratch_repository() as repo, tempfile.TemporaryDirectory(prefix="bench-bare-") as out:
        pipeline(repo, force=True)  # warm: bytecode compiled, generated/ present for the no-op runs
        ours, theirs = side_by_side(lambda: pipeline(repo, force=True), lambda: bare(repo, Path(out)), repeat)
        one, one_bare = side_by_side(
            lambda: pipeline(repo, force=True, apis=(api,)), lambda: bare(repo, Path(out), apis=(api,)), repeat
        )
        noop = median_time(lambda: pipeline(repo, force=False), noop_repeat)
    return [
        Row("full regeneration, 4 APIs, vs bare openapi-python-client", ours, theirs, FULL_TARGET, "ratio"),
        Row(f"regeneration of {api} alone ({size(api)}) vs bare", one, one_bare, FULL_TARGET, "ratio"),
        Row("no-op regeneration (process included)", noop, None, NOOP_TARGET, "absolute"),
    ]
