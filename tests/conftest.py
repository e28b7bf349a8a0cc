"""Fixtures shared by every test: the repository, the API registry and Prism mock servers."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from specs._pipeline.registry import ApiEntry, load_registry  # noqa: E402
from specs._pipeline.specdoc import effective_spec  # noqa: E402

REGISTRY = load_registry(ROOT)
PRISM = ROOT / "tests" / "prism" / "node_modules" / ".bin" / "prism"
COVERAGE: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"called": set(), "all": set()})
"""Per API: operations the contract test called successfully, and all operations of the spec."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes] | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited early with code {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)  # a server starting up: look again soon
    raise TimeoutError(f"nothing listened on 127.0.0.1:{port} within {timeout}s")


def paginated_operations(entry: ApiEntry) -> list[str]:
    """The operations of an API that paginate, as its generated manifest says (own tables and the default)."""
    import importlib

    operations = importlib.import_module(f"{entry.package}._spec").OPERATIONS
    return sorted(name for name, info in operations.items() if info["pagination"])


def paging(entry: ApiEntry, operation: str) -> dict[str, Any]:
    """The paging declaration of a paginated operation (its own table or the API's default)."""
    declared = entry.paging_of(operation)
    assert declared is not None, f"{operation} does not paginate"
    return declared


_DOCUMENTS: dict[str, dict[str, Any]] = {}


def spec_document(entry: ApiEntry) -> dict[str, Any]:
    """The effective (overlay-patched, validated) spec of an API, parsed once per test run."""
    if entry.name not in _DOCUMENTS:
        _DOCUMENTS[entry.name] = effective_spec(entry.spec, entry.openapi_overlay)
    return _DOCUMENTS[entry.name]


class PrismServers:
    """Prism mock servers on 127.0.0.1, one per API, stopped at the end.

    The first API asked for starts every registered API's server at once (each takes seconds to load its
    spec, and they load side by side); a server is waited for when its API is first asked for.
    """

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.urls: dict[str, str] = {}
        self.starting: dict[str, tuple[subprocess.Popen[bytes], int]] = {}
        self.processes: list[subprocess.Popen[bytes]] = []

    def _start(self, entry: ApiEntry) -> None:
        spec = self.scratch / f"{entry.name}.json"
        spec.write_text(json.dumps(spec_document(entry)), encoding="utf-8")
        port = free_port()
        log = (self.scratch / f"{entry.name}.log").open("wb")
        process = subprocess.Popen(
            [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NO_COLOR": "1"},
        )
        self.processes.append(process)
        self.starting[entry.name] = (process, port)

    def url(self, entry: ApiEntry) -> str:
        if entry.name not in self.urls:
            if not PRISM.exists():
                pytest.fail(f"Prism is not installed: run `npm ci --prefix tests/prism` (nox -s tests does) [{PRISM}]")
            if entry.name not in self.starting:
                for other in [entry, *(e for e in REGISTRY if e.name not in self.starting and e.name != entry.name)]:
                    self._start(other)
            process, port = self.starting[entry.name]
            wait_for_port(port, process)
            self.urls[entry.name] = f"http://127.0.0.1:{port}"
        return self.urls[entry.name]

    def close(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServers]:
    servers = PrismServers(tmp_path_factory.mktemp("prism"))
    yield servers
    servers.close()


@pytest.fixture
def loopback_client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as client:
        yield client


class _CoverageFromWorkers:
    """Under pytest-xdist the contract tests run in worker processes: each hands its coverage to the controller,
    which prints the sum."""

    @pytest.hookimpl
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        for api, seen in json.loads(getattr(node, "workeroutput", {}).get("coverage", "{}")).items():
            for key, operations in seen.items():
                COVERAGE[api][key].update(operations)


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.hasplugin("xdist") and not hasattr(config, "workerinput"):
        config.pluginmanager.register(_CoverageFromWorkers())


def pytest_sessionfinish(session: pytest.Session) -> None:
    output = getattr(session.config, "workeroutput", None)
    if output is not None:  # an xdist worker
        output["coverage"] = json.dumps(
            {api: {k: sorted(names) for k, names in seen.items()} for api, seen in COVERAGE.items()}
        )


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not COVERAGE:
        return
    terminalreporter.section("operation coverage against Prism")
    for api, seen in sorted(COVERAGE.items()):
        missing = sorted(seen["all"] - seen["called"])
        line = f"{api}: {len(seen['called'])} of {len(seen['all'])} operations"
        terminalreporter.write_line(line + (f" (not called: {', '.join(missing)})" if missing else ""))
