"""The pipeline itself: deterministic, incremental, atomic on bad input, and honest about drift."""

from __future__ import annotations

import hashlib
import shutil
import tomllib
from pathlib import Path

import pytest

from specs._pipeline import versions
from specs._pipeline.generate import GenerationError, build_into, drift, generate
from specs._pipeline.registry import RegistryError, load_registry, select
from tests.conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch repository with one small API registered and generated."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(FIXTURES / "mini", tmp_path / "specs" / "mini")
    (tmp_path / "overlays").mkdir()
    generate(load_registry(tmp_path), tmp_path)
    return tmp_path


def test_generated_package_has_packaging_files(repo: Path) -> None:
    package = repo / "generated" / "mini-client"
    for name in ("pyproject.toml", "README.md", "CHANGELOG.md", "mini_client/py.typed", "mini_client/_spec.py"):
        assert (package / name).is_file(), name
    pyproject = (package / "pyproject.toml").read_text()
    assert 'build-backend = "hatchling.build"' in pyproject
    assert 'version = "1.13.0.1"' in pyproject
    assert "poetry" not in pyproject


def test_package_claims_every_tested_python_and_its_docstrings_say_what_raises(repo: Path) -> None:
    package = repo / "generated" / "mini-client"
    project = tomllib.loads((package / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == f">={versions.PYTHONS[0]}"
    prefix = "Programming Language :: Python :: "
    claimed = {c.removeprefix(prefix) for c in project["classifiers"] if c.startswith(prefix + "3.")}
    assert claimed == set(versions.PYTHONS)
    api = package / "mini_client" / "api"
    modules = [p.read_text() for p in sorted(api.rglob("*.py")) if p.name != "__init__.py"]
    assert modules
    # `sync`/`asyncio` raise typed errors whatever the client's raise_on_unexpected_status
    assert not [text for text in modules if "raise_on_unexpected_status" in text]
    assert [text for text in modules if "errors.ApiError: Every error status, with any client" in text]


def test_two_generations_are_byte_identical(repo: Path, tmp_path: Path) -> None:
    entries = load_registry(repo)
    build_into(entries, repo, tmp_path / "a")
    build_into(entries, repo, tmp_path / "b")
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")
    assert tree_digest(tmp_path / "a" / "mini-client") == tree_digest(repo / "generated" / "mini-client")


def test_unchanged_inputs_are_skipped_and_changed_ones_regenerated(repo: Path) -> None:
    entries = load_registry(repo)
    assert [o.status for o in generate(entries, repo)] == ["unchanged"]
    spec = repo / "specs" / "mini" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("version: 1.13.0", "version: 1.14.0"))
    assert [o.status for o in generate(entries, repo)] == ["generated"]
    assert 'version = "1.14.0.1"' in (repo / "generated" / "mini-client" / "pyproject.toml").read_text()


BROKEN_SPECS = {
    "unparsable YAML": ("paths: [unclosed", "not valid YAML"),
    "invalid OpenAPI": ("openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", "invalid OpenAPI document"),
    "generator warning": (
        (FIXTURES / "mini" / "openapi.yaml")
        .read_text()
        .replace(
            "    delete:\n",
            "    patch:\n      operationId: patchPlanProfile\n      requestBody:\n        content:\n"
            "          application/xml: {schema: {type: object}}\n      responses: {'204': {description: ok}}\n"
            "    delete:\n",
        ),
        "Unsupported content type application/xml",
    ),
}


@pytest.mark.parametrize("case", BROKEN_SPECS, ids=str)
def test_broken_spec_fails_clearly_and_leaves_generated_untouched(repo: Path, case: str) -> None:
    text, expected = BROKEN_SPECS[case]
    spec = repo / "specs" / "mini" / "openapi.yaml"
    before = tree_digest(repo / "generated")
    spec.write_text(text)

    with pytest.raises(GenerationError) as failure:
        generate(load_registry(repo), repo)

    assert str(spec) in str(failure.value)
    assert expected in str(failure.value)
    assert tree_digest(repo / "generated") == before


def test_registry_names_a_missing_operation(repo: Path) -> None:
    registry = repo / "specs" / "mini" / "api.toml"
    registry.write_text(registry.read_text().replace("[pagination.listPlanProfiles]", "[pagination.listPlanProfilez]"))
    with pytest.raises(GenerationError, match="listPlanProfilez"):
        generate(load_registry(repo), repo)


def test_check_reports_changed_missing_and_extra_files(repo: Path) -> None:
    entries = load_registry(repo)
    assert drift(entries, repo) == []
    package = repo / "generated" / "mini-client" / "mini_client"
    (package / "client.py").write_text("# edited by hand\n")
    (package / "types.py").unlink()
    (package / "stray.py").write_text("")
    (repo / "generated" / "orphan-client").mkdir()
    found = drift(entries, repo)
    assert "changed  generated/mini-client/mini_client/client.py" in found
    assert "missing  generated/mini-client/mini_client/types.py" in found
    assert "extra    generated/mini-client/mini_client/stray.py" in found
    assert "extra    generated/orphan-client/ (no registered API)" in found


def test_unknown_api_name_is_an_error(repo: Path) -> None:
    with pytest.raises(RegistryError, match="unknown API nope"):
        select(load_registry(repo), ["nope"])


def test_readme_placeholders_come_from_the_registry_and_a_missing_one_is_named(tmp_path: Path) -> None:
    """A README fragment shared by several APIs shows each its own operations via ``{{readme.<key>}}``; a key
    the API's ``[readme]`` lacks fails the build instead of shipping braces."""
    import dataclasses

    from specs._pipeline.package_files import _fragments
    from specs._pipeline.registry import load_entry

    (tmp_path / "overlays" / "shared").mkdir(parents=True)
    (tmp_path / "overlays" / "shared" / "README.md").write_text("use {{package}}.api.{{readme.list-op}}\n")
    folder = tmp_path / "specs" / "demo"
    folder.mkdir(parents=True)
    (folder / "api.toml").write_text(
        'title = "Demo"\ndistribution = "demo-client"\npackage = "demo_client"\nrevision = 1\nvendor = "demo"\n'
        'overlays = ["shared"]\n\n[readme]\nlist-op = "things.list_things"\n'
    )
    entry = load_entry(folder)
    assert _fragments(entry, tmp_path) == "use demo_client.api.things.list_things\n"
    with pytest.raises(GenerationError, match=r"readme\.list-op.*\[readme\]"):
        _fragments(dataclasses.replace(entry, readme={}), tmp_path)
