"""The version ledger: a released version never names other content, and versions only go up (PEP 440)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from specs._pipeline import generate as generate_module
from specs._pipeline.errors import GenerationError
from specs._pipeline.generate import generate
from specs._pipeline.registry import load_registry
from specs._pipeline.releases import (
    LEDGER_FILE,
    check_versions,
    content_digest,
    read_ledger,
    record_versions,
    unreleased,
)
from tests.pipeline.scratch import make_repo


def regenerate(repo: Path) -> list[str]:
    """What ``nox -s generate`` does: regenerate, then warn about released versions (it records nothing)."""
    entries = load_registry(repo)
    generate(entries, repo)
    return [f"  warning  {problem}" for problem in check_versions(entries, repo)]


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


def test_generation_records_nothing_so_a_mistaken_run_costs_nothing(tmp_path: Path) -> None:
    """Only a release records a version: regenerating an unreleased version with other content is fine."""
    repo = make_repo(tmp_path)
    set_revision(repo, 2)
    spec = repo / "specs" / "mini" / "openapi.yaml"
    original = spec.read_text()
    spec.write_text(original.replace("description: alive", "description: a mistake"))
    regenerate(repo)
    spec.write_text(original)  # the mistake undone: same version, other content than the mistaken run's
    regenerate(repo)

    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1"]
    assert check_versions(load_registry(repo), repo) == []
    assert unreleased(load_registry(repo), repo) == ["mini-client 1.13.0.2"]


def test_a_released_version_whose_content_changed_fails_with_the_command_that_fixes_it(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)  # 1.13.0.1 is recorded as released
    (repo / "specs" / "mini" / "CHANGELOG.md").write_text("# Changelog\n\n## 1.13.0.1\n\n- A typo fixed.\n")

    messages = regenerate(repo)  # the content changed; the version is still 1.13.0.1

    assert any("warning" in m and "was released with other content" in m for m in messages)
    (problem,) = check_versions(load_registry(repo), repo)
    assert "mini-client 1.13.0.1 was released with other content" in problem
    assert "raise `revision` in specs/mini/api.toml (to 2 or more), then `nox -s generate -- mini`" in problem
    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1"], "a recorded line is never rewritten"

    set_revision(repo, 2)
    regenerate(repo)
    assert check_versions(load_registry(repo), repo) == []
    assert any("recorded  mini-client 1.13.0.2" in m for m in record_versions(load_registry(repo), repo))
    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1", "1.13.0.2"]


def test_a_new_api_version_is_a_new_package_version(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    spec = repo / "specs" / "mini" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("version: 1.13.0", "version: 1.14.0"))
    regenerate(repo)
    record_versions(load_registry(repo), repo)
    assert check_versions(load_registry(repo), repo) == []
    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1", "1.14.0.1"]


def test_a_version_below_a_released_one_fails(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    set_revision(repo, 3)
    regenerate(repo)
    record_versions(load_registry(repo), repo)
    registry = repo / "specs" / "mini" / "api.toml"
    registry.write_text(registry.read_text().replace("revision = 3", "revision = 2"))
    regenerate(repo)
    (problem,) = check_versions(load_registry(repo), repo)
    assert "mini-client 1.13.0.2 is below the released 1.13.0.3" in problem


def test_versions_are_ordered_by_pep_440_not_skipped_when_a_part_is_not_a_number(tmp_path: Path) -> None:
    """Before, a version with a non-numeric part (an API release candidate) was not ordered at all."""
    repo = make_repo(tmp_path)
    spec = repo / "specs" / "mini" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("version: 1.13.0", "version: 2.0.0-rc1"))
    regenerate(repo)
    assert 'version = "2.0.0.1rc1"' in (repo / "generated" / "mini-client" / "pyproject.toml").read_text()
    record_versions(load_registry(repo), repo)

    spec.write_text(spec.read_text().replace("version: 2.0.0-rc1", "version: 2.0.0-beta2"))
    regenerate(repo)
    (problem,) = check_versions(load_registry(repo), repo)
    assert "mini-client 2.0.0.1b2 is below the released 2.0.0.1rc1" in problem


def test_a_spec_version_that_is_not_pep_440_is_a_one_line_error(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    spec = repo / "specs" / "mini" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("version: 1.13.0", "version: 2024-Q1"))
    with pytest.raises(GenerationError) as failure:
        regenerate(repo)
    message = str(failure.value)
    assert message.count("\n") == 0
    assert str(spec) in message
    assert "'2024-Q1' is not a version" in message
    assert "OpenAPI Overlay" in message


def test_an_api_that_was_never_generated_is_not_checked(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "generated" / "mini-client" / "pyproject.toml").unlink()
    assert check_versions(load_registry(repo), repo) == []


def test_publishing_records_what_it_uploaded_and_nothing_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from specs._pipeline import release_cli
    from specs._pipeline.builds import Artifact
    from specs._pipeline.publish import Planned

    repo = make_repo(tmp_path)
    set_revision(repo, 2)
    regenerate(repo)
    states = ["published"]

    def publish(entries: list[object], root: Path, outdir: Path, env: object) -> dict[str, list[Planned]]:
        return {"mini-client": [Planned(Artifact(outdir / "mini_client.whl", "00"), state) for state in states]}

    monkeypatch.setattr(release_cli, "publish", publish)
    assert release_cli.cmd_publish(repo, [], tmp_path / "dist") == 0
    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1"], "nothing uploaded, nothing recorded"

    states = ["upload"]
    assert release_cli.cmd_publish(repo, [], tmp_path / "dist") == 0
    assert list(read_ledger(load_registry(repo)[0])) == ["1.13.0.1", "1.13.0.2"]
    out = capsys.readouterr().out
    assert "recorded  mini-client 1.13.0.2 in specs/mini/released.toml" in out
    assert "commit specs/*/released.toml" in out
