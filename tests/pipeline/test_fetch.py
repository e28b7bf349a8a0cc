"""fetch_specs: download the vendor's bundle from a real loopback server, adopt it only when it is valid."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from specs._pipeline import release_cli
from specs._pipeline.fetch import FetchError, fetch
from specs._pipeline.registry import load_registry
from tests import loopback
from tests.pipeline.scratch import FIXTURES, make_repo

BUNDLE = (FIXTURES / "mini" / "openapi.yaml").read_text()


class Bundles:
    """Serves ``files`` (path -> bytes) on 127.0.0.1; anything else is a 404."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        files = self.files

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = files.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "application/yaml")
                self.end_headers()
                self.wfile.write(body or b"not here")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        poll = {"poll_interval": loopback.POLL_INTERVAL}
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs=poll, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture
def bundles() -> Iterator[Bundles]:
    served = Bundles()
    served.thread.start()
    yield served
    served.server.shutdown()
    served.server.server_close()


@pytest.fixture
def repo(tmp_path: Path, bundles: Bundles) -> Path:
    """The mini API, registered as downloaded from the loopback server."""
    repo = make_repo(tmp_path)
    registry = repo / "specs" / "mini" / "api.toml"
    url = bundles.url("/_bundle/mini-api.yaml")
    registry.write_text(registry.read_text().replace('kind = "authored"', f'kind = "download"\nurl = "{url}"'))
    return repo


def test_a_valid_bundle_replaces_the_spec_and_reports_versions_and_changes(repo: Path, bundles: Bundles) -> None:
    new = BUNDLE.replace("version: 1.13.0", "version: 1.14.0").replace(
        "        maxDrivingTime: {type: integer, minimum: 0}\n", ""
    )
    bundles.files["/_bundle/mini-api.yaml"] = new.encode()
    (entry,) = load_registry(repo)

    fetched = fetch(entry)  # from the registry's [source] url

    assert entry.spec.read_text() == new, "adopted byte for byte"
    assert (fetched.old_version, fetched.new_version, fetched.replaced) == ("1.13.0", "1.14.0", True)
    assert "info.version 1.13.0 -> 1.14.0; specs/mini/openapi.yaml replaced" in fetched.summary()
    assert "BREAKING    removed field `PlanProfile.maxDrivingTime`" in fetched.comparison.report()
    assert fetched.comparison.proposal.version == "1.14.0.1"

    again = fetch(entry)
    assert not again.replaced
    assert again.comparison.diff.identical


INVALID = {
    "not YAML": (b"paths: [unclosed", "not valid YAML"),
    "not OpenAPI": (b"openapi: 3.0.3\ninfo: {title: x}\npaths: {}\n", "invalid OpenAPI document"),
    "missing": (None, "answered 404"),
}


@pytest.mark.parametrize("case", INVALID, ids=str)
def test_an_invalid_or_missing_bundle_leaves_the_spec_untouched(repo: Path, bundles: Bundles, case: str) -> None:
    body, expected = INVALID[case]
    if body is not None:
        bundles.files["/_bundle/mini-api.yaml"] = body
    (entry,) = load_registry(repo)
    before = entry.spec.read_bytes()

    with pytest.raises(FetchError) as failure:
        fetch(entry)

    assert expected in str(failure.value)
    assert bundles.url("/_bundle/mini-api.yaml") in str(failure.value)
    assert entry.spec.read_bytes() == before
    assert sorted(p.name for p in entry.folder.iterdir()) == ["api.toml", "openapi.yaml", "released.toml"]


def test_the_command_takes_a_url_override_and_skips_authored_specs(
    repo: Path, bundles: Bundles, capsys: pytest.CaptureFixture[str]
) -> None:
    bundles.files["/elsewhere.yaml"] = BUNDLE.replace("version: 1.13.0", "version: 1.13.1").encode()
    assert release_cli.cmd_fetch_specs(repo, ["mini"], bundles.url("/elsewhere.yaml")) == 0
    out = capsys.readouterr().out
    assert "mini: info.version 1.13.0 -> 1.13.1; specs/mini/openapi.yaml replaced" in out
    assert "no operation, parameter or field changed" in out

    registry = repo / "specs" / "mini" / "api.toml"
    registry.write_text(registry.read_text().replace('kind = "download"', 'kind = "authored"'))
    assert release_cli.cmd_fetch_specs(repo, [], None) == 0
    assert "mini: skipped, its spec is authored" in capsys.readouterr().out

    assert release_cli.cmd_fetch_specs(repo, ["mini"], bundles.url("/gone.yaml")) == 1
    assert "specs/mini/openapi.yaml was left unchanged" in capsys.readouterr().err
