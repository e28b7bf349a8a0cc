"""What the command line says when something is wrong: short, pointing at the place, with the command that fixes
it, and never a traceback for a user's mistake."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from specs._pipeline.generate import drift
from specs._pipeline.registry import load_registry
from tests.pipeline.scratch import make_repo, run_cli, scratch_copy, tree_digest


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_repo(tmp_path_factory.mktemp("messages") / "repo", with_pipeline=True)


@pytest.fixture
def repo(pristine: Path, tmp_path: Path) -> Path:
    return scratch_copy(pristine, tmp_path)


def test_check_after_a_hand_edit_names_the_command_that_really_restores_it(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, check said `nox -s generate`, which reports "unchanged" and keeps the edit."""
    client = repo / "generated" / "mini-client" / "mini_client" / "client.py"
    client.write_text("# edited by hand\n")
    (repo / "generated" / "orphan-client").mkdir()

    ran = run_cli(repo, monkeypatch, capsys, "check")
    assert ran.code == 1
    assert "changed  generated/mini-client/mini_client/client.py" in ran.out
    assert "  fix: nox -s generate -- --force mini" in ran.out.splitlines()
    assert "  fix: rm -r generated/orphan-client/  (no api.toml registers it)" in ran.out.splitlines()

    ran = run_cli(repo, monkeypatch, capsys, "generate", "mini")  # the advice check used to give
    assert "unchanged  mini" in ran.out
    assert client.read_text() == "# edited by hand\n"

    ran = run_cli(repo, monkeypatch, capsys, "generate", "--force", "mini")  # the advice it gives now
    assert "generated  mini" in ran.out
    shutil.rmtree(repo / "generated" / "orphan-client")
    assert drift(load_registry(repo), repo) == []


def test_a_missing_readme_placeholder_is_an_error_not_a_traceback(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """package_files raised a ValueError that the command line did not catch."""
    (repo / "overlays" / "shared").mkdir()
    (repo / "overlays" / "shared" / "README.md").write_text("Call {{package}}.api.{{readme.list-op}}.\n")
    registry = repo / "specs" / "mini" / "api.toml"
    registry.write_text(registry.read_text().replace("overlays = []", 'overlays = ["shared"]'))
    before = tree_digest(repo / "generated")

    ran = run_cli(repo, monkeypatch, capsys, "generate")

    assert ran.code == 2
    assert ran.err.splitlines()[0] == (
        "error: overlays/shared/README.md uses {{readme.list-op}}: add list-op to [readme] in specs/mini/api.toml"
    )
    assert tree_digest(repo / "generated") == before


def test_an_unknown_operation_in_the_registry_gets_the_closest_one(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = repo / "specs" / "mini" / "api.toml"
    registry.write_text(registry.read_text().replace("[pagination.listPlanProfiles]", "[pagination.listPlanProfile]"))
    ran = run_cli(repo, monkeypatch, capsys, "generate")
    assert ran.code == 2
    assert ran.err.splitlines()[0] == (
        "error: specs/mini/api.toml: names operations the spec does not have: listPlanProfile "
        "(did you mean listPlanProfiles?)"
    )


def test_a_bundle_with_a_missing_ref_names_the_file_and_the_pointer_of_the_ref(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, the message carried the whole parsed document on one line and did not say where the $ref was."""
    spec = repo / "specs" / "mini" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("#/components/schemas/PlanProfilePage", "#/components/schemas/PlanPage"))

    ran = run_cli(repo, monkeypatch, capsys, "validate")

    assert ran.code == 2
    assert ran.err.splitlines() == [
        "error: specs/mini/openapi.yaml: broken $ref (1 problem(s)):",
        "  $ref '#/components/schemas/PlanPage' at "
        "/paths/~1plan-profiles/get/responses/200/content/application~1json/schema does not resolve: "
        "#/components/schemas has no 'PlanPage'; did you mean #/components/schemas/PlanProfilePage?",
    ]


def test_the_documented_fetch_specs_form_works_as_written(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README showed `fetch_specs [-- <api>] [-- --url URL]`, which nox turns into an API named `--url`."""
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    assert "`nox -s fetch_specs [-- [--url URL] <api> ...]`" in readme
    ran = run_cli(repo, monkeypatch, capsys, "fetch-specs", "--url", "http://127.0.0.1:9/spec.yaml", "mini")
    assert ran.code == 1  # nothing listens there: the fetch fails, the arguments were understood
    assert "http://127.0.0.1:9/spec.yaml: cannot download" in ran.err
    assert "specs/mini/openapi.yaml was left unchanged" in ran.err


def test_the_package_readme_says_where_the_spec_comes_from_in_a_sentence(repo: Path) -> None:
    readme = (repo / "generated" / "mini-client" / "README.md").read_text()
    assert "Generated from an OpenAPI document we wrote from the vendor's documentation;" in readme
    assert "Generated from authored" not in readme


def test_the_real_command_line_prints_one_line_and_no_traceback(repo: Path) -> None:
    registry = repo / "specs" / "mini" / "api.toml"
    registry.write_text(registry.read_text().replace("revision = 1", 'revision = "one"'))
    result = subprocess.run(
        [sys.executable, "-m", "specs._pipeline", "generate"], cwd=repo, capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        'error: specs/mini/api.toml: revision = "one": expected an integer, found a string, like: revision = 1',
        "generated/ was left unchanged.",
    ]
