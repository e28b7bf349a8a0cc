"""``update <api>``: the vendor-update flow in one command, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from specs._pipeline import update as update_module
from specs._pipeline.changes import compare_with_committed
from specs._pipeline.errors import SpecError, UpdateError
from specs._pipeline.generate import drift
from specs._pipeline.registry import ApiEntry, load_registry
from specs._pipeline.update import api_test_commands, update
from tests.pipeline.scratch import FIXTURES, commit_all, make_repo, run_cli, scratch_copy, tree_digest
from tests.pipeline.test_fetch import Bundles

BUNDLE = (FIXTURES / "mini" / "openapi.yaml").read_text()
NEW_FIELD = BUNDLE.replace("        maxDrivingTime: {type: integer, minimum: 0}\n", "        colour: {type: string}\n")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_repo(tmp_path_factory.mktemp("update") / "repo", with_git=True)


@pytest.fixture
def repo(pristine: Path, tmp_path: Path) -> Path:
    return scratch_copy(pristine, tmp_path)


class FakeTests:
    """A stand-in for the API's pytest runs: records the call and fails when told to."""

    def __init__(self, failures: list[str] | None = None) -> None:
        self.failures = failures or []
        self.ran: list[str] = []

    def __call__(self, entry: ApiEntry, root: Path) -> list[str]:
        self.ran.append(entry.name)
        return self.failures


def snapshot(repo: Path) -> tuple[dict[str, str], dict[str, str]]:
    return tree_digest(repo / "specs" / "mini"), tree_digest(repo / "generated" / "mini-client")


def test_an_edited_authored_spec_goes_through_every_step(repo: Path) -> None:
    (repo / "specs" / "mini" / "openapi.yaml").write_text(NEW_FIELD)
    said: list[str] = []
    tests = FakeTests()

    assert update(repo, "mini", run_tests=tests, out=said.append) == 0

    text = "\n".join(said)
    for number, step in enumerate(["new spec", "report", "CHANGELOG and version", "generate", "tests", "check"], 1):
        assert f"[{number}/6] {step}" in text
    assert "BREAKING    removed field `PlanProfile.maxDrivingTime`" in text
    assert "mini: revision 1 -> 2 in specs/mini/api.toml" in text
    assert tests.ran == ["mini"]
    assert "revision = 2" in (repo / "specs" / "mini" / "api.toml").read_text()
    assert "## 1.13.0.2" in (repo / "specs" / "mini" / "CHANGELOG.md").read_text()
    assert 'version = "1.13.0.2"' in (repo / "generated" / "mini-client" / "pyproject.toml").read_text()
    assert drift(load_registry(repo), repo) == []
    assert said[-1].startswith("mini: updated. Review `git diff -- specs/mini/ generated/mini-client/`")


def test_failing_tests_put_specs_and_generated_back_as_they_were(repo: Path) -> None:
    (repo / "specs" / "mini" / "openapi.yaml").write_text(NEW_FIELD)  # the user's edit is part of "before"
    before = snapshot(repo)

    with pytest.raises(UpdateError) as failure:
        update(repo, "mini", run_tests=FakeTests(["pytest tests/harness -k mini"]), out=lambda _: None)

    assert str(failure.value).splitlines() == [
        "step 5/6 (tests) failed: the API's tests failed: pytest tests/harness -k mini",
        "specs/mini/ and generated/mini-client/ were put back as they were",
    ]
    assert snapshot(repo) == before
    assert not (repo / "specs" / "mini" / "CHANGELOG.md").exists()


def test_a_generation_failure_after_the_changelog_was_written_undoes_it(repo: Path) -> None:
    unsupported = NEW_FIELD.replace(
        "    delete:\n",
        "    patch:\n      operationId: patchPlanProfile\n      requestBody:\n        content:\n"
        "          application/xml: {schema: {type: object}}\n      responses: {'204': {description: ok}}\n"
        "    delete:\n",
    )
    (repo / "specs" / "mini" / "openapi.yaml").write_text(unsupported)
    before = snapshot(repo)
    tests = FakeTests()

    with pytest.raises(UpdateError, match=r"(?s)step 4/6 \(generate\) failed: .*Unsupported content type"):
        update(repo, "mini", run_tests=tests, out=lambda _: None)

    assert snapshot(repo) == before
    assert tests.ran == []


def test_an_invalid_download_stops_at_the_first_step(repo: Path) -> None:
    bundles = Bundles()
    bundles.thread.start()
    try:
        bundles.files["/mini.yaml"] = b"openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n"
        before = snapshot(repo)
        with pytest.raises(UpdateError) as failure:
            update(repo, "mini", url=bundles.url("/mini.yaml"), run_tests=FakeTests(), out=lambda _: None)
    finally:
        bundles.server.shutdown()
        bundles.server.server_close()
    first = str(failure.value).splitlines()[0]
    assert first.startswith(f"step 1/6 (new spec) failed: {bundles.url('/mini.yaml')} (downloaded): invalid OpenAPI")
    assert snapshot(repo) == before


def test_an_unchanged_spec_ends_after_the_report(repo: Path) -> None:
    said: list[str] = []
    assert update(repo, "mini", run_tests=FakeTests(), out=said.append) == 0
    assert said[-1] == "mini: the spec is as committed at HEAD; nothing to update"


def test_the_command_line_reports_a_failed_step_in_a_few_lines(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "specs" / "mini" / "openapi.yaml").write_text(NEW_FIELD)
    monkeypatch.setattr(update_module, "run_api_tests", FakeTests(["pytest tests/vendors/mini"]))
    ran = run_cli(repo, monkeypatch, capsys, "update", "mini")
    assert ran.code == 2
    assert ran.err.splitlines() == [
        "error: step 5/6 (tests) failed: the API's tests failed: pytest tests/vendors/mini",
        "specs/mini/ and generated/mini-client/ were put back as they were",
    ]


def test_the_api_tests_are_its_harness_cases_and_its_vendor_folder(repo: Path) -> None:
    (entry,) = load_registry(repo)
    assert [c[3:] for c in api_test_commands(entry, repo)] == [
        ["-q", "-p", "no:cacheprovider", "tests/harness", "-k", "mini"]
    ]
    (repo / "tests" / "vendors" / "mini").mkdir(parents=True)
    assert api_test_commands(entry, repo)[1][-1] == "tests/vendors/mini"


def test_the_committed_spec_is_read_and_validated_like_any_other(repo: Path) -> None:
    """diff_specs read the committed spec with a loader of its own that did not validate it."""
    spec = repo / "specs" / "mini" / "openapi.yaml"
    spec.write_text(BUNDLE.replace("#/components/schemas/PlanProfilePage", "#/components/schemas/Nope"))
    commit_all(repo, "a broken spec")
    spec.write_text(BUNDLE)
    (entry,) = load_registry(repo)
    with pytest.raises(SpecError, match=r"^HEAD:specs/mini/openapi.yaml: broken \$ref"):
        compare_with_committed(entry, repo)
