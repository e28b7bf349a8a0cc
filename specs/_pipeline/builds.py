"""Reproducible wheels and sdists of the generated packages: the same package tree gives the same bytes.

hatchling writes every archive entry with the time in ``SOURCE_DATE_EPOCH``, owner 0 and normalised
permissions, in a sorted order. We set that time ourselves, to a fixed value, so that neither the clock nor
a ``SOURCE_DATE_EPOCH`` left in someone's environment changes an artifact: what a build contains is said by
its version (see ``releases.py``), not by its date.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import versions
from .errors import BuildError, shown
from .registry import ApiEntry

SOURCE_DATE_EPOCH = "315532800"
"""1980-01-01T00:00:00Z, the earliest time a ZIP archive can hold; every entry of every artifact carries it."""


@dataclass(frozen=True)
class Artifact:
    path: Path
    sha256: str

    @property
    def kind(self) -> str:
        return "wheel" if self.path.suffix == ".whl" else "sdist"


@dataclass(frozen=True)
class Built:
    """The artifacts (sdist first, then wheel) of one package at one version."""

    entry: ApiEntry
    version: str
    artifacts: tuple[Artifact, ...]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package_dir(entry: ApiEntry, root: Path) -> Path:
    return root / "generated" / entry.distribution


def package_version_of(project_dir: Path) -> str:
    """The version the generated package states in its ``pyproject.toml``."""
    path = project_dir / "pyproject.toml"
    try:
        return str(tomllib.loads(path.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise BuildError(
            f"{shown(path)}: no readable [project] version ({type(exc).__name__}): "
            f"regenerate with `nox -s generate -- --force`"
        ) from None


def build_environment(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a build: the caller's, with the archive timestamp fixed."""
    env = dict(os.environ if base is None else base)
    env["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    return env


def _pinned_backend_installed() -> bool:
    """True when this interpreter has exactly the pinned hatchling, so the build can skip an isolated env."""
    name, wanted = versions.BUILD_BACKEND.split("==")
    try:
        return importlib.metadata.version(name) == wanted
    except importlib.metadata.PackageNotFoundError:
        return False


def build_project(project_dir: Path, outdir: Path) -> tuple[Artifact, ...]:
    """Build the sdist, then the wheel from that sdist (which proves the sdist is complete), into ``outdir``.

    The build happens in a scratch folder, so the result lists exactly what this build produced even when
    ``outdir`` holds older artifacts; a file of the same name there is replaced.
    """
    if not (project_dir / "pyproject.toml").is_file():
        raise BuildError(f"{project_dir} is not a generated package: run `nox -s generate` first")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="build-") as tmp:
        command = [sys.executable, "-m", "build", "--outdir", tmp]
        if _pinned_backend_installed():  # the same hatchling an isolated build would install, minus the install
            command.append("--no-isolation")
        result = subprocess.run(
            [*command, str(project_dir)], capture_output=True, text=True, env=build_environment(), check=False
        )
        if result.returncode != 0:
            raise BuildError(f"building {project_dir.name} failed:\n{result.stdout}{result.stderr}")
        produced = sorted(Path(tmp).iterdir(), key=lambda p: (p.suffix == ".whl", p.name))
        artifacts = []
        for path in produced:
            target = outdir / path.name
            shutil.move(path, target)
            artifacts.append(Artifact(target, sha256_of(target)))
    if [a.kind for a in artifacts] != ["sdist", "wheel"]:
        raise BuildError(f"building {project_dir.name} produced {[a.path.name for a in artifacts]}, not sdist + wheel")
    return tuple(artifacts)


def build(entries: list[ApiEntry], root: Path, outdir: Path) -> list[Built]:
    """Wheel and sdist of each entry's generated package into ``outdir``."""
    built = []
    for entry in entries:
        project_dir = package_dir(entry, root)
        artifacts = build_project(project_dir, outdir)
        built.append(Built(entry, package_version_of(project_dir), artifacts))
    return built
