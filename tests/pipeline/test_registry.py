"""api.toml is checked against its schema before anything runs: every mistake is one line naming the file, the
key and the closest valid key, and the command line exits 2 without a traceback.

Before the schema, the first four cases below generated a package and exited 0 (an overlay-less package, a
pagination table nobody read, a paging key that was never used) and ``revision = "one"`` ended in a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from specs._pipeline.errors import RegistryError
from specs._pipeline.registry import load_entry, load_registry
from tests.pipeline.scratch import FIXTURES, make_repo, run_cli, scratch_copy, tree_digest

MINI = (FIXTURES / "mini" / "api.toml").read_text()
PAGE_NUMBER = 'style = "page-number"\npage-param = "page"\nsize-param = "limit"'

MISTAKES = {
    "overlay instead of overlays": (
        MINI.replace("overlays = []", 'overlay = ["common"]'),
        'specs/mini/api.toml: unknown key "overlay" (did you mean "overlays"?)',
    ),
    "a misspelt table": (
        MINI.replace("[pagination.listPlanProfiles]", "[paginaton.listPlanProfiles]"),
        "specs/mini/api.toml: unknown table [paginaton] (did you mean [pagination]?)",
    ),
    "page_param": (
        MINI.replace('style = "cursor"', PAGE_NUMBER.replace("page-param", "page_param")),
        'specs/mini/api.toml: [pagination.listPlanProfiles] unknown key "page_param" (did you mean "page-param"?)',
    ),
    "page_number": (
        MINI.replace('style = "cursor"', PAGE_NUMBER.replace("page-number", "page_number")),
        'specs/mini/api.toml: [pagination.listPlanProfiles] style = "page_number": not one of "cursor", '
        '"page-number", "page-index" (did you mean "page-number"?)',
    ),
    "revision one": (
        MINI.replace("revision = 1", 'revision = "one"'),
        'specs/mini/api.toml: revision = "one": expected an integer, found a string, like: revision = 1',
    ),
    "a key of another paging style": (
        MINI.replace('style = "cursor"', 'style = "cursor"\nsize = 50'),
        'specs/mini/api.toml: [pagination.listPlanProfiles] "size" is read only when style is "page-number" or '
        '"page-index", not "cursor"',
    ),
    "overlays as a string": (
        MINI.replace("overlays = []", 'overlays = "common"'),
        'specs/mini/api.toml: overlays = "common": expected an array of strings, found a string, '
        'like: overlays = ["common"]',
    ),
    "a download without a url": (
        MINI.replace('kind = "authored"', 'kind = "download"'),
        'specs/mini/api.toml: [source] missing required key "url" (needed when kind = "download"), '
        'like: url = "https://..."',
    ),
    "an overlay set that does not exist": (
        MINI.replace("overlays = []", 'overlays = ["comon"]'),
        'specs/mini/api.toml: overlays: no overlay set "comon" in overlays/ (did you mean "common"?)',
    ),
    "a config file that does not exist": (
        MINI.replace("overlays = []", 'overlays = []\ngenerator-config = "generator.yml"'),
        "specs/mini/api.toml: generator-config: no file specs/mini/generator.yml",
    ),
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini API generated once; each test works on a copy."""
    return make_repo(tmp_path_factory.mktemp("registry") / "repo")


@pytest.fixture
def repo(pristine: Path, tmp_path: Path) -> Path:
    copy = scratch_copy(pristine, tmp_path)
    (copy / "overlays" / "common").mkdir(exist_ok=True)
    return copy


@pytest.mark.parametrize("case", MISTAKES, ids=str)
def test_each_mistake_is_one_line_naming_file_key_and_closest_key(
    repo: Path, case: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = MISTAKES[case]
    (repo / "specs" / "mini" / "api.toml").write_text(text)
    before = tree_digest(repo / "generated")

    ran = run_cli(repo, monkeypatch, capsys, "generate", "--force")

    assert ran.code == 2
    assert ran.err.splitlines()[0] == f"error: {expected}"
    assert "Traceback" not in ran.err
    assert tree_digest(repo / "generated") == before


def test_every_mistake_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "mini"
    folder.mkdir(parents=True)
    (folder / "api.toml").write_text(
        MINI.replace("revision = 1", "revision = -1")
        .replace('title = "Mini Planning API"\n', "")
        .replace('kind = "authored"', 'kind = "downlaod"')
        + '\n[readme]\nlist-op = 3\n\n[resources]\nnamespacs = { a = "b" }\n'
    )
    with pytest.raises(RegistryError) as failure:
        load_entry(folder)
    lines = str(failure.value).splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "revision = -1: must be 0 or more",
        '[source] kind = "downlaod": not one of "authored", "download" (did you mean "download"?)',
        "[readme] list-op = 3: expected a string, found an integer",
        "[resources] unknown table [namespacs] (did you mean [namespaces]?)",
        'missing required key "title", like: title = "Mini Planning API"',
    ]
    assert all(line.startswith(str(folder / "api.toml")) for line in lines)


def test_names_and_urls_are_checked(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "mini"
    folder.mkdir(parents=True)
    (folder / "api.toml").write_text(
        MINI.replace('"mini-client"', '"mini client"')
        .replace('"mini_client"', '"mini-client"')
        .replace('kind = "authored"', 'kind = "download"\nurl = "ftp://example.test/x.yaml"')
    )
    with pytest.raises(RegistryError) as failure:
        load_entry(folder)
    message = str(failure.value)
    assert 'distribution = "mini client": not a valid distribution name' in message
    assert 'package = "mini-client": not a Python package name' in message
    assert 'url = "ftp://example.test/x.yaml": must be an http(s) URL' in message


def test_a_url_may_stay_when_the_spec_is_authored(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "mini"
    folder.mkdir(parents=True)
    (folder / "api.toml").write_text(MINI.replace('kind = "authored"', 'kind = "authored"\nurl = "https://x.test/a"'))
    assert load_entry(folder).source.url == "https://x.test/a"


def test_every_registered_api_and_fixture_matches_the_schema() -> None:
    from tests.conftest import ROOT

    assert load_registry(ROOT)
    for fixture in (FIXTURES / "mini", ROOT / "tests" / "overlays" / "fixtures" / "paged"):
        load_entry(fixture)


def test_a_prefix_that_makes_names_invalid_is_named(repo: Path) -> None:
    pyproject = repo / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('distribution-prefix = ""', 'distribution-prefix = "acme "'))
    with pytest.raises(RegistryError, match=r"distribution: with the prefix it is 'acme mini-client', not a valid"):
        load_registry(repo)


def test_an_unknown_api_name_gets_the_closest_one_and_options_after_names_a_hint(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ran = run_cli(repo, monkeypatch, capsys, "validate", "mnii")
    assert (ran.code, ran.err.splitlines()[0]) == (2, "error: unknown API mnii (did you mean mini?); registered: mini")
    ran = run_cli(repo, monkeypatch, capsys, "fetch-specs", "mini", "--", "--url", "http://127.0.0.1:9/x")
    assert ran.code == 2
    assert "options go before the API names: `-- --url URL <api>`" in ran.err


def test_unparsable_toml_names_the_file_and_line(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "specs" / "mini" / "api.toml").write_text(MINI.replace("revision = 1", "revision = "))
    ran = run_cli(repo, monkeypatch, capsys, "check")
    assert ran.code == 2
    assert ran.err.startswith("error: specs/mini/api.toml: not valid TOML: ")
    assert "line 5" in ran.err


DEFAULT = MINI.replace(
    '[pagination.listPlanProfiles]\nstyle = "cursor"\nitems = "data"',
    '[pagination-default]\noperations = ["list*"]\nstyle = "cursor"\nitems = "data"',
)


def _manifest(repo: Path) -> dict[str, dict[str, object]]:
    namespace: dict[str, object] = {}
    source = repo / "generated" / "mini-client" / "mini_client" / "_spec.py"
    exec(compile(source.read_text(), str(source), "exec"), namespace)  # the manifest is plain data
    return namespace["OPERATIONS"]  # type: ignore[return-value]


def test_a_paging_default_is_declared_once_and_an_own_table_or_exclude_overrides_it(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    api = repo / "specs" / "mini" / "api.toml"
    api.write_text(DEFAULT.replace("overlays = []", 'overlays = []\nretry-safe = ["upsert*"]', 1))
    assert run_cli(repo, monkeypatch, capsys, "generate", "--force").code == 0
    operations = _manifest(repo)
    assert operations["listPlanProfiles"]["pagination"] == {"style": "cursor", "items": "data"}
    assert operations["getPlanProfile"]["pagination"] is None
    assert operations["upsertPlanProfile"]["repeatable"] is True
    assert operations["deletePlanProfile"]["repeatable"] is False

    api.write_text(
        api.read_text().replace('operations = ["list*"]', 'operations = ["list*"]\nexclude = ["listPlanProfiles"]')
    )
    assert run_cli(repo, monkeypatch, capsys, "generate", "--force").code == 0
    assert _manifest(repo)["listPlanProfiles"]["pagination"] is None

    own = '\n[pagination.listPlanProfiles]\nstyle = "cursor"\nitems = "data"\nnext = "links.next"\n'
    api.write_text(api.read_text().replace('\nexclude = ["listPlanProfiles"]', "") + own)
    assert run_cli(repo, monkeypatch, capsys, "generate", "--force").code == 0
    assert _manifest(repo)["listPlanProfiles"]["pagination"] == {
        "style": "cursor",
        "items": "data",
        "next": "links.next",
    }


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (('operations = ["list*"]', 'operations = ["lsit*"]'), "lsit*"),
        (('operations = ["list*"]', 'operations = ["list*"]\nexclude = ["listPlanProfile"]'), "listPlanProfile"),
        (("overlays = []", 'overlays = []\nretry-safe = ["serach*"]'), "serach*"),
    ],
    ids=["a pattern", "an exclude", "a retry-safe pattern"],
)
def test_a_paging_or_retry_declaration_that_matches_nothing_is_an_error(
    repo: Path,
    change: tuple[str, str],
    named: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A typo in a pattern would otherwise change nothing, silently."""
    (repo / "specs" / "mini" / "api.toml").write_text(DEFAULT.replace(*change))
    before = tree_digest(repo / "generated")
    ran = run_cli(repo, monkeypatch, capsys, "generate", "--force")
    assert ran.code == 2
    assert "names operations the spec does not have" in ran.err
    assert named in ran.err
    assert tree_digest(repo / "generated") == before


def test_an_unknown_key_of_the_paging_default_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "mini"
    folder.mkdir(parents=True)
    (folder / "api.toml").write_text(DEFAULT.replace('operations = ["list*"]', 'operation = ["list*"]'))
    with pytest.raises(RegistryError) as caught:
        load_entry(folder)
    assert '[pagination-default] unknown key "operation" (did you mean "operations"?)' in str(caught.value)
