"""End to end: build, publish to a real local index, install into fresh virtualenvs, call a mock server.

pypiserver runs on 127.0.0.1 with password auth for every request and its fallback to the public index
disabled, so the index holds only what we publish. The clients are published with the same code
``nox -s publish`` runs, then published again (reported as already there, nothing uploaded). A fresh
virtualenv gets the third-party dependencies from the ordinary sources first, then our packages with
``pip --isolated --index-url <private index>``: the private index is the only place our names can come from.
A second virtualenv installs ``generated/<dist>`` straight from the repository. Each installed client then
calls a Prism mock server.

Until the API specs are registered, the test runs on the pipeline's ``mini`` fixture API.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from collections.abc import Iterator
from email.parser import Parser
from pathlib import Path
from typing import Any

import pytest

from specs._pipeline.builds import package_version_of
from specs._pipeline.publish import IndexConfig, index_files, publish
from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY, ROOT, PrismServers, free_port, spec_document, wait_for_port
from tests.harness.calls import security_headers, spec_operation
from tests.pipeline.scratch import make_repo

USER = "publisher"
PASSWORD = "e2e-Pa55:word"  # a throwaway credential of this test's own index

CALL = """
import importlib, json, sys
outcomes = []
for package, operation_id, base_url, headers in json.loads(sys.argv[1]):
    spec = importlib.import_module(package + "._spec")
    module = importlib.import_module(package + "." + spec.OPERATIONS[operation_id]["module"])
    client = importlib.import_module(package + ".client").Client(base_url=base_url, headers=headers)
    response = module.sync_detailed(client=client)
    outcomes.append({
        "status": int(response.status_code),
        "parsed": response.parsed is not None,
        "violations": response.headers.get("sl-violations"),
        "file": importlib.import_module(package).__file__,
        "version": spec.PACKAGE_VERSION,
    })
print(json.dumps(outcomes))
"""
"""Calls one operation of each client given (package, operation, base URL, headers), all in one interpreter."""


class PackageIndex:
    """pypiserver on 127.0.0.1: htpasswd auth on uploads, downloads and listings; no public fallback."""

    def __init__(self, scratch: Path) -> None:
        from passlib.apache import HtpasswdFile

        self.packages = scratch / "packages"
        self.packages.mkdir(parents=True)
        htpasswd = HtpasswdFile(str(scratch / "htpasswd"), new=True, default_scheme="sha256_crypt")
        htpasswd.set_password(USER, PASSWORD)
        htpasswd.save()
        self.port = free_port()
        self.log = scratch / "pypiserver.log"
        self.process = subprocess.Popen(
            [
                *(sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(self.port)),
                *("--passwords", str(scratch / "htpasswd"), "--authenticate", "update,download,list"),
                *("--disable-fallback", str(self.packages)),
            ],
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
        )
        wait_for_port(self.port, self.process)
        self.url = f"http://127.0.0.1:{self.port}/"

    def simple_url(self, with_credentials: bool = False) -> str:
        userinfo = f"{USER}:{PASSWORD}@" if with_credentials else ""
        return f"http://{userinfo}127.0.0.1:{self.port}/simple/"

    def held(self) -> dict[str, int]:
        """File name -> modification time in ns of what the index stores."""
        return {p.name: p.stat().st_mtime_ns for p in self.packages.iterdir()}

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def package_index(tmp_path: Path) -> Iterator[PackageIndex]:
    index = PackageIndex(tmp_path / "index")
    yield index
    index.close()


def subjects(tmp_path: Path) -> tuple[Path, list[ApiEntry]]:
    """Every registered client, or the mini fixture API in a scratch repository while none is registered."""
    if REGISTRY:
        return ROOT, list(REGISTRY)
    repo = make_repo(tmp_path / "repo", with_pipeline=True, overlays=("common",))
    from specs._pipeline.registry import load_registry

    return repo, load_registry(repo)


def callable_operation(entry: ApiEntry) -> str:
    """A GET operation with no required parameter whose 200 response documents a JSON body."""
    document = spec_document(entry)
    for path, item in sorted(document["paths"].items()):
        if "get" not in item:
            continue
        operation, parameters = spec_operation(document, path, "get")
        content = operation.get("responses", {}).get("200", {}).get("content", {})
        if any("json" in media for media in content) and not any(p.get("required") for p in parameters):
            return str(operation["operationId"])
    pytest.fail(f"{entry.name} has no GET operation without required parameters that returns JSON")


def make_venv(path: Path) -> Path:
    """A fresh virtualenv without pip of its own: ``pip`` below installs into it from outside (``--python``),
    which spares the seconds ``ensurepip`` takes per virtualenv."""
    venv.create(path, with_pip=False)
    return path / "bin" / "python"


def pip(python: Path, *args: str, isolated: bool = False, cache: bool = True) -> str:
    """``pip install`` into the virtualenv of ``python``; ``cache=False`` for what must come from the index."""
    command = [sys.executable, "-m", "pip", "--python", str(python), *(["--isolated"] if isolated else [])]
    command += ["install", *([] if cache else ["--no-cache-dir"]), *args]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def third_party_requirements(wheels: list[Path], ours: set[str]) -> list[str]:
    requirements = set()
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            metadata = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            headers = Parser().parsestr(archive.read(metadata).decode())
        requirements.update(
            r for r in headers.get_all("Requires-Dist") or [] if r.split("<")[0].split(">")[0] not in ours
        )
    return sorted(requirements)


def call_through(python: Path, entries: list[ApiEntry], prism: PrismServers, cwd: Path) -> list[dict[str, Any]]:
    """One call of each client installed for ``python``, in one isolated interpreter (``-I``)."""
    calls = []
    for entry in entries:
        schemes = spec_document(entry).get("components", {}).get("securitySchemes", {})
        calls.append([entry.package, callable_operation(entry), prism.url(entry), security_headers(schemes)])
    result = subprocess.run(
        [str(python), "-I", "-c", CALL, json.dumps(calls)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcomes: list[dict[str, Any]] = json.loads(result.stdout)
    return outcomes


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:'crypt' is deprecated:DeprecationWarning")  # passlib, writing the htpasswd
def test_publish_republish_install_and_call(
    tmp_path: Path, package_index: PackageIndex, prism: PrismServers, capsys: pytest.CaptureFixture[str]
) -> None:
    root, entries = subjects(tmp_path)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TWINE_")},
        "TWINE_REPOSITORY_URL": package_index.url,
        "TWINE_USERNAME": USER,
        "TWINE_PASSWORD": PASSWORD,
    }
    dist = tmp_path / "dist"

    # publish: everything is new to the index
    said: list[str] = []
    plans = publish(entries, root, dist, env, out=said.append)
    assert sorted(plans) == sorted(e.distribution for e in entries)
    assert {p.state for planned in plans.values() for p in planned} == {"upload"}
    uploaded = {p.artifact.path.name: p.artifact.sha256 for planned in plans.values() for p in planned}
    assert sorted(package_index.held()) == sorted(uploaded)
    assert not [line for line in said if PASSWORD in line]
    config = IndexConfig.from_env(env)
    for entry in entries:
        assert set(index_files(config, entry.distribution).items()) <= set(uploaded.items())
    assert index_files(config, "httpx") == {}, "the private index must not hand out public names"

    # publish again, through the command line the nox session runs: reported, not re-uploaded
    before = package_index.held()
    result = subprocess.run(
        [sys.executable, "-m", "specs._pipeline", "publish", "--outdir", str(dist)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("is already on the index with the same sha256; not uploaded again") == len(uploaded)
    assert "nothing to upload" in result.stdout
    assert PASSWORD not in result.stdout + result.stderr
    assert package_index.held() == before
    with capsys.disabled():
        print("\n" + result.stdout)

    # install from the private index only, into a fresh virtualenv
    wheels = sorted(dist.glob("*.whl"))
    ours = {e.distribution for e in entries}
    from_index = make_venv(tmp_path / "venv-index")
    pip(from_index, *third_party_requirements(wheels, ours))
    pins = [f"{e.distribution}=={package_version_of(root / 'generated' / e.distribution)}" for e in entries]
    index_url = package_index.simple_url(with_credentials=True)
    out = pip(from_index, "--index-url", index_url, *pins, isolated=True, cache=False)
    assert f"127.0.0.1:{package_index.port}" in out

    # install straight from the repository, into another fresh virtualenv
    from_repo = make_venv(tmp_path / "venv-repo")
    pip(from_repo, *(str(root / "generated" / e.distribution) for e in entries))

    for python in (from_index, from_repo):
        for entry, outcome in zip(entries, call_through(python, entries, prism, cwd=tmp_path), strict=True):
            assert outcome["violations"] is None, outcome
            assert 200 <= outcome["status"] < 300, outcome
            assert outcome["parsed"], outcome
            assert outcome["file"].startswith(str(python.parent.parent)), "imported from the repository, not the venv"
            assert outcome["version"] == package_version_of(root / "generated" / entry.distribution)


FIFTH_CALL = """
import json, sys
import crew_rota_client
from crew_rota_client import CrewRota, connect

base_url, key = sys.argv[1], sys.argv[2]
violations = []
hooks = {"response": [lambda response: violations.extend(response.headers.get_list("sl-violations"))]}
with connect(api_key=key, base_url=base_url, event_hooks=hooks) as client:
    crews = list(client.crews.list(max_items=5))
    shift = client.shifts.get("0b8f0a8e-4b7e-4c8e-8f55-6d0f7f3c2a11")
print(json.dumps({
    "client": type(client).__name__,
    "typed": isinstance(client, CrewRota),
    "crews": [type(crew).__name__ for crew in crews],
    "shift": type(shift).__name__,
    "violations": violations,
    "file": crew_rota_client.__file__,
    "lib": sorted(crew_rota_client.lib.__all__),
}))
"""


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:'crypt' is deprecated:DeprecationWarning")  # passlib, writing the htpasswd
def test_the_fifth_api_publishes_installs_and_calls_with_no_code_of_its_own(
    tmp_path: Path, package_index: PackageIndex, prism: PrismServers
) -> None:
    """The fifth API (an ``api.toml`` and a spec, overlays = ["common"]) in a repository of its own: generated,
    published to the private index, installed from it alone, then called through ``connect(api_key=...)`` and
    its typed client against Prism, which checks the API key header and every request."""
    from tests.fixture_apis import FIXTURE_APIS

    (fixture,) = FIXTURE_APIS
    root = make_repo(tmp_path / "repo", with_pipeline=True, overlays=("common",), api=fixture.folder)
    from specs._pipeline.registry import load_registry

    entries = load_registry(root)
    assert [(e.name, e.overlays) for e in entries] == [("crew-rota", ("common",))]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("TWINE_")},
        "TWINE_REPOSITORY_URL": package_index.url,
        "TWINE_USERNAME": USER,
        "TWINE_PASSWORD": PASSWORD,
    }
    dist = tmp_path / "dist"
    plans = publish(entries, root, dist, env, out=lambda line: None)
    assert {p.state for planned in plans.values() for p in planned} == {"upload"}
    wheels = sorted(dist.glob("*.whl"))
    assert [w.name.split("-")[0] for w in wheels] == ["crew_rota_client"]

    python = make_venv(tmp_path / "venv")
    pip(python, *third_party_requirements(wheels, {fixture.distribution}))
    version = package_version_of(root / "generated" / fixture.distribution)
    pins = f"{fixture.distribution}=={version}"
    pip(python, "--index-url", package_index.simple_url(with_credentials=True), pins, isolated=True)
    result = subprocess.run(
        [str(python), "-I", "-c", FIFTH_CALL, prism.url(fixture), "rota-key-e2e"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["typed"] and outcome["client"] == "CrewRota"
    assert outcome["crews"] and set(outcome["crews"]) == {"Crew"} and outcome["shift"] == "Shift"
    assert outcome["violations"] == []
    assert outcome["file"].startswith(str(python.parent.parent)), "imported from the repository, not the venv"
    assert {"connect", "ApiKeyAuth", "Paginator", "NotFoundError"} <= set(outcome["lib"])
