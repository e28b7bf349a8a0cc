"""The version ledger: any change in what a package contains changes its version, or the check fails."""

from __future__ import annotations

import tomllib
from pathlib import Path

from specs._pipeline import generate as generate_module
from specs._pipeline.generate import generate
from specs._pipeline.registry import load_registry
from specs._pipeline.releases import LEDGER_FILE, check_versions, content_digest, read_ledger, record_versions
from tests.pipeline.scratch import make_repo


def regenerate(repo: Path) -> list[str]:
    entries = load_registry(repo)
    generate(entries, repo)
    return record_versions(entries, repo)


def set_revision(repo: Path, revision: int) -> None:
    registry = repo / "specs" / "mini" / "api.toml"
    registry.write_text(registry.read_text().replace("revision = 1", f"revision = {revision}"))


def test_generation_records_the_version_and_the_check_passes(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    entries = load_registry(repo)
    ledger = read_ledger(entries[0])
    assert list(ledger) == ["1.13.0.1"]
    assert ledger["1.13.0.1"] == content_digest(repo / "generated" / "mini-client")
    assert tomllib.loads((repo / "specs" / "mini" / LEDGER_FILE).read_text())["versions"] == ledger
    assert check_versions(entries, repo) == []


def test_the_ledger_is_not_a_generation_input(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)  # recording the version wrote the ledger after generating
    assert LEDGER_FILE in generate_module.NOT_INPUTS
    assert [o.status for o in generate(load_registry(repo), repo)] == ["unchanged"]


def test_changed_content_without_a_new_version_fails_until_the_revision_goes_up(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "specs" / "mini" / "CHANGELOG.md").write_text("# Changelog\n\n## 1.13.0.1\n\n- A typo fixed.\n")

    messages = regenerate(repo)  # the content changed; the version is still 1.13.0.1

    assert any("warning" in m and "content changed but its version did not" in m for m in messages)
    (problem,) = check_versions(load_registry(repo), repo)
    assert "mini-client 1.13.0.1" in problem
    assert "raise `revision`" in problem
    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1"], "a recorded line is never rewritten"

    set_revision(repo, 2)
    assert any("recorded  mini-client 1.13.0.2" in m for m in regenerate(repo))
    assert check_versions(load_registry(repo), repo) == []
    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1", "1.13.0.2"]


def test_a_new_api_version_is_a_new_package_version(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    spec = repo / "specs" / "mini" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("version: 1.13.0", "version: 1.14.0"))
    regenerate(repo)
    assert check_versions(load_registry(repo), repo) == []
    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1", "1.14.0.1"]


def test_an_unrecorded_version_and_a_version_going_backwards_fail(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "specs" / "mini" / LEDGER_FILE).unlink()
    (problem,) = check_versions(load_registry(repo), repo)
    assert "not in specs/mini/released.toml" in problem

    regenerate(repo)
    set_revision(repo, 3)
    regenerate(repo)
    registry = repo / "specs" / "mini" / "api.toml"
    registry.write_text(registry.read_text().replace("revision = 3", "revision = 2"))
    regenerate(repo)
    (problem,) = check_versions(load_registry(repo), repo)
    assert "went backwards" in problem
    assert "1.13.0.3" in problem


def test_an_api_that_was_never_generated_is_not_checked(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "generated" / "mini-client" / "pyproject.toml").unlink()
    assert check_versions(load_registry(repo), repo) == []
