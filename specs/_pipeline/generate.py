"""Build one package per registered API, then swap the results into ``generated/`` all at once.

Every package is first built complete in a staging folder; ``generated/`` is only touched after all
requested APIs built cleanly, so a bad spec or a generator warning leaves it exactly as it was.
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import importlib.metadata
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import free_form, jsonapi, parameters, resources, shaping, versioning, versions
from .errors import GenerationError, SpecError, VersionError, shown
from .overlay_sets import install_overlays, set_folders
from .package_files import operations, write_package_files
from .registry import ApiEntry, load_registry
from .specdoc import effective_spec, load_document

PIPELINE_DIR = Path(__file__).resolve().parent
SHARED_TEMPLATES = PIPELINE_DIR / "templates"
STAMP_FILE = ".inputs.sha256"
"""Written into every generated package: the digest of everything it was generated from."""
NOT_INPUTS = frozenset({"released.toml"})
"""Files of a spec folder that are not generation inputs: the version ledger (releases.py) records outputs."""


@dataclass(frozen=True)
class Outcome:
    api: str
    status: str  # "generated" | "unchanged"
    path: Path


TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"})
"""Folders that tools (python, mypy, pytest, ruff) leave inside packages: never inputs, never package content."""


def _files_under(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and TOOL_CACHES.isdisjoint(path.parts):
            yield path


def input_files(entry: ApiEntry, root: Path) -> list[tuple[str, Path]]:
    """Everything a package depends on, labelled by a machine-independent name.

    Its spec folder, its overlay sets, this pipeline (templates included) and the root pyproject.toml,
    which holds the distribution-name prefix.
    """
    labelled = [
        (f"spec/{p.relative_to(entry.folder).as_posix()}", p)
        for p in _files_under(entry.folder)
        if p.relative_to(entry.folder).as_posix() not in NOT_INPUTS
    ]
    for folder in set_folders(entry, root):
        labelled += [(f"overlays/{folder.name}/{p.relative_to(folder).as_posix()}", p) for p in _files_under(folder)]
    labelled += [(f"pipeline/{p.relative_to(PIPELINE_DIR).as_posix()}", p) for p in _files_under(PIPELINE_DIR)]
    labelled.append(("pyproject.toml", root / "pyproject.toml"))
    return labelled


def inputs_digest(entry: ApiEntry, root: Path) -> str:
    """A digest of the pinned tool versions and every input file's name and content."""
    digest = hashlib.sha256()
    for pin in versions.PINNED:
        digest.update(pin.encode() + b"\0")
    for label, path in input_files(entry, root):
        digest.update(label.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def is_up_to_date(entry: ApiEntry, root: Path) -> bool:
    stamp = root / "generated" / entry.distribution / STAMP_FILE
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == inputs_digest(entry, root)


def check_tool_versions() -> None:
    """Refuse to generate with tools other than the pinned ones: the output would not be byte-identical."""
    for pin in versions.PINNED:
        name, wanted = pin.split("==")
        try:
            found = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            raise GenerationError(f"{name} {wanted} is pinned but {found} is installed; run through nox")


def _ruff() -> str:
    local = Path(sys.executable).parent / "ruff"
    return str(local) if local.exists() else (shutil.which("ruff") or "ruff")


@contextlib.contextmanager
def _merged_templates(entry: ApiEntry) -> Iterator[Path]:
    """Shared template overrides, then the API's own on top (openapi-python-client takes one folder)."""
    with tempfile.TemporaryDirectory(prefix="templates-") as tmp:
        merged = Path(tmp)
        for folder in (SHARED_TEMPLATES, entry.templates):
            if folder is not None and folder.is_dir():
                shutil.copytree(folder, merged, dirs_exist_ok=True)
        yield merged


def _generator_config(entry: ApiEntry, version: str, output: Path) -> Any:
    from openapi_python_client.config import Config, ConfigFile, MetaType

    settings: dict[str, Any] = {}
    if entry.generator_config is not None:
        settings = load_document(entry.generator_config)
    settings.update(
        project_name_override=entry.distribution,
        package_name_override=entry.package,
        package_version_override=version,
        post_hooks=[],  # the pipeline formats once, after the overlays are in
    )
    try:
        config_file = ConfigFile(**settings)
    except Exception as exc:
        raise GenerationError(f"{entry.generator_config}: invalid generator config: {exc}") from exc
    return Config.from_sources(
        config_file, MetaType.NONE, entry.spec, file_encoding="utf-8", overwrite=True, output_path=output
    )


def package_version(entry: ApiEntry, document: dict[str, Any]) -> str:
    """The API's ``info.version`` (its release padded to three parts), then our client revision as one more part."""
    try:
        return versioning.package_version(str(document["info"]["version"]), entry.revision, "info.version")
    except VersionError as exc:
        raise GenerationError(
            f"{shown(entry.spec)}: {exc}; patch info.version in the API's OpenAPI Overlay (openapi-overlay)"
        ) from None


def build_package(entry: ApiEntry, root: Path, project_dir: Path) -> None:
    """Write the complete package project for ``entry`` into the empty folder ``project_dir``."""
    from openapi_python_client import Project
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    try:
        document = effective_spec(entry.spec, entry.openapi_overlay)
    except SpecError as exc:
        raise GenerationError(str(exc)) from exc
    version = package_version(entry, document)
    package_dir = project_dir / entry.package
    config = _generator_config(entry, version, package_dir)
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"{entry.spec}: {data.header}: {data.detail}")
    resources.widen_parameters(data)
    parameters.typed_parameters(data, document, config)
    parameters.enums_take_values(data)
    free_form.plain_free_form_objects(data)
    jsonapi.sparse_attributes(data)
    shaping.one_value_defaults(data)
    shaping.sequence_writes(data)
    shaping.local_date_times(data, document)
    with _merged_templates(entry) as templates:
        project = Project(openapi=data, config=config, custom_template_path=templates)
        project.env.globals.update(resources.template_globals(entry))
        with contextlib.redirect_stdout(io.StringIO()):  # it announces the scratch path; not useful to a user
            problems = list(project.build())
    if problems:
        details = "\n".join(f"  {p.level.value}: {p.header} {p.detail or ''}".rstrip() for p in problems)
        raise GenerationError(f"{entry.spec}: the generator reported {len(problems)} problem(s):\n{details}")
    resources.write_layer(entry, project_dir, document, data)
    table = operations(entry, document, data)
    write_package_files(entry, root, project_dir, document, version, table, data)
    install_overlays(entry, root, package_dir, table)  # last: it ships what the generated code imports
    _format(project_dir)
    (project_dir / STAMP_FILE).write_text(inputs_digest(entry, root) + "\n", encoding="utf-8")


def _format(project_dir: Path) -> None:
    ruff = _ruff()
    for args in (
        ["check", "--no-cache", "--fix-only", "--extend-select=I", "--quiet", "."],
        ["format", "--no-cache", "--quiet", "."],
    ):
        result = subprocess.run([ruff, *args], cwd=project_dir, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise GenerationError(
                f"ruff {' '.join(args)} failed in {project_dir.name}:\n{result.stdout}{result.stderr}"
            )


def build_into(entries: Iterable[ApiEntry], root: Path, destination: Path) -> list[Path]:
    """Build every entry into ``destination/<dist>``, leaving the repository untouched."""
    check_tool_versions()
    built = []
    for entry in entries:
        project_dir = destination / entry.distribution
        build_package(entry, root, project_dir)
        built.append(project_dir)
    return built


def generate(entries: list[ApiEntry], root: Path, *, force: bool = False) -> list[Outcome]:
    """Regenerate what changed, then swap it into ``generated/``; on any failure nothing there changes."""
    generated = root / "generated"
    stale = [e for e in entries if force or not is_up_to_date(e, root)]
    outcomes = [Outcome(e.name, "unchanged", generated / e.distribution) for e in entries if e not in stale]
    if not stale:
        return outcomes
    generated.mkdir(exist_ok=True)
    staging_parent = root / ".cache"
    staging_parent.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="generate-", dir=staging_parent) as tmp:
        staging = Path(tmp)
        build_into(stale, root, staging / "new")
        (staging / "old").mkdir()
        for entry in stale:  # same filesystem: each replace is a rename
            target = generated / entry.distribution
            if target.exists():
                target.replace(staging / "old" / entry.distribution)
            (staging / "new" / entry.distribution).replace(target)
            outcomes.append(Outcome(entry.name, "generated", target))
    return sorted(outcomes, key=lambda o: o.api)


def _differences(expected: Path, actual: Path, prefix: str) -> list[str]:
    """Files changed, missing from ``actual`` or extra in it, recursively."""
    comparison = filecmp.dircmp(expected, actual, ignore=sorted(TOOL_CACHES))
    found = [f"missing  {prefix}{name}" for name in comparison.left_only]
    found += [f"extra    {prefix}{name}" for name in comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(expected, actual, comparison.common_files, shallow=False)
    found += [f"changed  {prefix}{name}" for name in [*mismatch, *errors]]
    for sub in comparison.common_dirs:
        found += _differences(expected / sub, actual / sub, f"{prefix}{sub}/")
    return found


def drift(entries: list[ApiEntry], root: Path) -> list[str]:
    """How ``generated/`` differs from a fresh generation of ``entries`` (empty when it matches).

    Also reports packages in ``generated/`` that no registered API owns.
    """
    generated = root / "generated"
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="check-") as tmp:
        for entry, fresh in zip(entries, build_into(entries, root, Path(tmp)), strict=True):
            committed = generated / entry.distribution
            if committed.is_dir():
                problems += _differences(fresh, committed, f"generated/{entry.distribution}/")
            else:
                problems.append(f"missing  generated/{entry.distribution}/ (the whole package)")
    owned = {entry.distribution for entry in load_registry(root)}
    if generated.is_dir():
        problems += [
            f"extra    generated/{p.name}/ (no registered API)" for p in generated.iterdir() if p.name not in owned
        ]
    return problems
