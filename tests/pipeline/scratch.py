"""A scratch repository with the small ``mini`` API, for tests that build, version, diff or publish."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from specs._pipeline.generate import generate
from specs._pipeline.registry import load_registry
from specs._pipeline.releases import record_versions
from tests.conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "-c", "user.name=test", "-c", "user.email=test@example.test", "commit", "-q", "-m", message)


def make_repo(
    path: Path,
    *,
    with_git: bool = False,
    with_pipeline: bool = False,
    overlays: tuple[str, ...] = (),
    api: Path = FIXTURES / "mini",
) -> Path:
    """``path`` becomes a repository with ``specs/mini`` registered, generated and its version recorded.

    ``with_pipeline`` copies the pipeline in, so ``python -m specs._pipeline`` run there works on it;
    ``overlays`` names the repository's overlay sets to copy in and register for mini (as every real API does).
    ``api`` registers another fixture API folder instead (as ``specs/<its name>``, with the overlays it lists).
    """
    path.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "pyproject.toml", path / "pyproject.toml")
    shutil.copytree(api, path / "specs" / api.name)
    (path / "overlays").mkdir()
    for name in overlays:
        shutil.copytree(
            ROOT / "overlays" / name, path / "overlays" / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    if overlays:
        registry = path / "specs" / api.name / "api.toml"
        listed = ", ".join(f'"{name}"' for name in overlays)
        registry.write_text(registry.read_text().replace("overlays = []", f"overlays = [{listed}]"))
    if with_pipeline:
        shutil.copytree(
            ROOT / "specs" / "_pipeline", path / "specs" / "_pipeline", ignore=shutil.ignore_patterns("__pycache__")
        )
    entries = load_registry(path)
    generate(entries, path)
    record_versions(entries, path)
    if with_git:
        git(path, "init", "-q")
        commit_all(path, "mini")
    return path


def run_cli(repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str) -> Ran:
    """``python -m specs._pipeline <argv>`` run in-process against ``repo``, from inside it (as nox runs it)."""
    from specs._pipeline import __main__ as cli

    monkeypatch.setattr(cli, "ROOT", repo)
    monkeypatch.chdir(repo)
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return Ran(code, captured.out, captured.err)


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


def tree_digest(folder: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file below ``folder`` (caches left out): equal digests, equal trees."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def scratch_copy(pristine: Path, tmp_path: Path) -> Path:
    """A copy of a repository made once per module, for a test that changes it (git history included)."""
    copy = tmp_path / "repo"
    shutil.copytree(pristine, copy, symlinks=True)
    return copy
