"""Every workflow of the monorepo, one session per job. ``nox -l`` lists them; README.md explains them.

Sessions that run the pipeline install the pinned generator and formatter from specs/_pipeline/versions.py,
so regeneration is byte-identical on every machine.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT))
from specs._pipeline import versions  # noqa: E402
from specs._pipeline.registry import ApiEntry, RegistryError, load_registry  # noqa: E402

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = False
nox.options.sessions = ["generate", "tests"]
PYTHON = versions.PYTHONS[0]
"""Every session but ``tests`` runs on the lowest supported Python; ``tests`` runs on each of ``PYTHONS``."""
PYPROJECT = nox.project.load_toml("pyproject.toml")
PRISM_DIR = ROOT / "tests" / "prism"
SPECLINT_DIR = ROOT / "tests" / "speclint"
TYPING_DIR = ROOT / "tests" / "typing"


def use_pyenv_pythons() -> None:
    """Let nox find pyenv's interpreters for every supported version: pyenv's ``python3.12`` shim answers only
    when ``PYENV_VERSION`` (or a global/local setting) names that version. An explicit ``PYENV_VERSION`` wins."""
    folder = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    if "PYENV_VERSION" in os.environ or not folder.is_dir():
        return
    chosen = []
    for wanted in versions.PYTHONS:
        patches = [p.name for p in folder.glob(f"{wanted}.*") if p.name.removeprefix(f"{wanted}.").isdigit()]
        if patches:
            chosen.append(max(patches, key=lambda name: int(name.rsplit(".", 1)[1])))
    if chosen:
        os.environ["PYENV_VERSION"] = ":".join(chosen)


use_pyenv_pythons()


def install_pipeline(session: nox.Session) -> None:
    session.install(*versions.PINNED, *nox.project.dependency_groups(PYPROJECT, "pipeline"))


def install_generated(session: nox.Session, editable: bool = False) -> None:
    """Install every generated package (with its dependencies) into the session."""
    folders = [str(ROOT / "generated" / e.distribution) for e in registry(session)]
    present = [f for f in folders if Path(f).is_dir()]
    if present:
        session.install(*(arg for f in present for arg in (["-e", f] if editable else [f])))


def registry(session: nox.Session) -> list[ApiEntry]:
    """The registered APIs; a mistake in an api.toml ends the session with the pipeline's message, no traceback."""
    try:
        return load_registry(ROOT)
    except RegistryError as exc:
        session.error(str(exc))


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate clients whose inputs changed: ``nox -s generate [-- [--force] <api> ...]``."""
    install_pipeline(session)
    session.run("python", "-m", "specs._pipeline", "generate", *session.posargs)


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Fail when generated/ differs from a fresh regeneration (changed, missing or extra files)."""
    install_pipeline(session)
    session.run("python", "-m", "specs._pipeline", "check", *session.posargs)
    session.run("python", "-m", "specs._pipeline", "versions", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff on our own code; mypy --strict on the pipeline and on every generated package (overlays included)."""
    install_pipeline(session)
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    session.run("ruff", "check", "noxfile.py", "specs", "overlays", "tests")
    session.run("ruff", "format", "--check", "noxfile.py", "specs", "overlays", "tests")
    session.run("mypy", "--strict", "--ignore-missing-imports", "-p", "specs._pipeline")
    install_generated(session)
    for entry in registry(session):
        with session.chdir(ROOT / "generated" / entry.distribution):
            session.run("mypy", "--strict", entry.package)


@nox.session(python=list(versions.PYTHONS))
def tests(session: nox.Session) -> None:
    """The whole test suite: pipeline, overlays, the spec linters and every generated client against Prism.

    Once per supported Python (``nox -s tests`` runs them all; ``nox -s tests-3.12`` one of them).
    """
    install_pipeline(session)
    session.install(*nox.project.dependency_groups(PYPROJECT, "tests"))
    install_generated(session, editable=True)
    # Prism for the contract tests; Spectral and Redocly for the specs; pyright for the README blocks
    for folder in (PRISM_DIR, SPECLINT_DIR, TYPING_DIR):
        session.run("npm", "ci", "--prefix", str(folder), "--no-audit", "--no-fund", external=True)
    # One worker per core; a test file stays on one worker, so its module fixtures (servers, packages) start once.
    # The ten slowest tests are listed at the end: where the suite's time goes.
    session.run("pytest", "-n", "auto", "--dist", "loadfile", "--durations=10", *session.posargs)


def install_release(session: nox.Session) -> None:
    """The pipeline's readers, the pinned build backend (builds skip an isolated env with it) and twine."""
    session.install(versions.BUILD_BACKEND, *nox.project.dependency_groups(PYPROJECT, "pipeline", "publish"))


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Reproducible wheel and sdist of every package (or the named ones) into dist/, with their sha256."""
    install_release(session)
    session.run("python", "-m", "specs._pipeline", "build", *session.posargs)


@nox.session(python=PYTHON)
def publish(session: nox.Session) -> None:
    """Build, twine check, upload to TWINE_REPOSITORY_URL what it does not hold yet: ``nox -s publish [-- <api>]``."""
    install_release(session)
    session.run("python", "-m", "specs._pipeline", "publish", *session.posargs)


@nox.session(name="diff_specs", python=PYTHON)
def diff_specs(session: nox.Session) -> None:
    """What changed in each spec since HEAD, breaking or not, and the next version: ``-- [--apply] [<api>]``."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "pipeline"))
    session.run("python", "-m", "specs._pipeline", "diff-specs", *session.posargs)


@nox.session(name="fetch_specs", python=PYTHON)
def fetch_specs(session: nox.Session) -> None:
    """Download each downloaded API's bundle, adopt it when valid, report the change: ``-- [--url URL] [<api> ...]``."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "pipeline"))
    session.run("python", "-m", "specs._pipeline", "fetch-specs", *session.posargs)


@nox.session(python=PYTHON)
def update(session: nox.Session) -> None:
    """A vendor changed its API: fetch or re-read, diff, CHANGELOG, generate, test, check: ``-- [--url URL] <api>``.

    Stops at the first failing step with specs/<api>/ and generated/<dist>/ put back as they were.
    """
    install_pipeline(session)
    session.install(*nox.project.dependency_groups(PYPROJECT, "tests"))
    install_generated(session, editable=True)
    session.run("npm", "ci", "--prefix", str(PRISM_DIR), "--no-audit", "--no-fund", external=True)
    session.run("python", "-m", "specs._pipeline", "update", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Speed against plain httpx, bare openapi-python-client and pydantic: ``nox -s bench [-- --only import]``."""
    install_pipeline(session)
    session.install(*nox.project.dependency_groups(PYPROJECT, "tests"), "pydantic==2.14.3")
    install_generated(session, editable=True)
    session.run("python", "-m", "tests.bench", *session.posargs)
