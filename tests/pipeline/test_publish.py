"""Publishing logic without an index: configuration, redaction, reading simple pages, planning uploads.

The end-to-end test (tests/e2e/) publishes to a real pypiserver.
"""

from __future__ import annotations

import hashlib
import sys
import types
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from specs._pipeline.builds import Artifact
from specs._pipeline.publish import (
    IndexConfig,
    PublishError,
    default_simple_url,
    index_files,
    normalize,
    parse_project_page,
    plan,
)
from tests import loopback

SECRET = "s3cr:et/pw"  # a test value with characters that URL-quoting changes


def test_no_repository_url_refuses_to_fall_back_to_the_public_index() -> None:
    with pytest.raises(PublishError, match="refusing to let twine fall back"):
        IndexConfig.from_env({"TWINE_USERNAME": "ci", "TWINE_PASSWORD": SECRET})


def test_credentials_come_from_twine_variables_and_never_show() -> None:
    config = IndexConfig.from_env(
        {"TWINE_REPOSITORY_URL": "https://pkgs.example.test/legacy/", "TWINE_USERNAME": "ci", "TWINE_PASSWORD": SECRET}
    )
    assert config.simple_url == "https://pkgs.example.test/simple/"
    assert (config.username, config.password) == ("ci", SECRET)
    assert SECRET not in repr(config)
    assert config.redact(f"token {SECRET} and https://ci:{SECRET}@pkgs.example.test/") == (
        "token *** and https://***@pkgs.example.test/"
    )


def test_credentials_in_the_url_are_taken_out_of_it() -> None:
    config = IndexConfig.from_env({"TWINE_REPOSITORY_URL": "http://ci:s3cr%3Aet%2Fpw@127.0.0.1:8080/"})
    assert config.upload_url == "http://127.0.0.1:8080/"
    assert (config.username, config.password) == ("ci", SECRET)
    assert config.redact("s3cr%3Aet%2Fpw") == "***"


def test_a_keyring_supplies_the_password_when_the_environment_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("keyring")
    fake.get_credential = lambda url, user: types.SimpleNamespace(username=user, password=f"kr-{url}")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    config = IndexConfig.from_env({"TWINE_REPOSITORY_URL": "http://127.0.0.1:1/", "TWINE_USERNAME": "ci"})
    assert (config.username, config.password) == ("ci", "kr-http://127.0.0.1:1/")


def test_simple_url_default_and_override() -> None:
    assert default_simple_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/simple/"
    assert default_simple_url("https://idx.example.test/legacy") == "https://idx.example.test/simple/"
    config = IndexConfig.from_env(
        {"TWINE_REPOSITORY_URL": "https://idx.example.test/upload", "PLANNING_CLIENTS_SIMPLE_URL": "https://x.test/s/"}
    )
    assert config.simple_url == "https://x.test/s/"


def test_project_pages_in_html_and_json() -> None:
    page = b"""<html><body>
    <a href="../../packages/mini_client-1.13.0.1.tar.gz#sha256=aa">mini_client-1.13.0.1.tar.gz</a>
    <a href="/packages/mini_client-1.13.0.1-py3-none-any.whl">mini_client-1.13.0.1-py3-none-any.whl</a>
    </body></html>"""
    assert parse_project_page(page, "text/html") == {
        "mini_client-1.13.0.1.tar.gz": "aa",
        "mini_client-1.13.0.1-py3-none-any.whl": None,
    }
    page = b'{"meta": {}, "name": "mini-client", "files": [{"filename": "a.whl", "hashes": {"sha256": "bb"}}]}'
    assert parse_project_page(page, "application/vnd.pypi.simple.v1+json; charset=utf-8") == {"a.whl": "bb"}
    assert normalize("Acme_Mini.Client") == "acme-mini-client"


def test_plan_uploads_new_files_skips_published_ones_and_stops_on_other_bytes(tmp_path: Path) -> None:
    new, same, other, unhashed = (Artifact(tmp_path / n, n.upper()) for n in ("new", "same", "other", "unhashed"))
    planned = plan((new, same, other, unhashed), {"same": "SAME", "other": "ELSE", "unhashed": None})
    assert [p.state for p in planned] == ["upload", "published", "conflict", "conflict"]


class Index:
    """A loopback server answering simple-API requests from a table; records the headers it got."""

    def __init__(self, routes: dict[str, tuple[int, dict[str, str], bytes]]) -> None:
        self.seen: list[dict[str, str]] = []
        seen = self.seen

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                seen.append(dict(self.headers))
                status, headers, body = routes.get(self.path, (404, {}, b"no"))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = loopback.start(self.server)

    def close(self) -> None:
        loopback.stop(self.server, self.thread)


@pytest.fixture
def indexes() -> Iterator[list[Index]]:
    made: list[Index] = []
    yield made
    for index in made:
        index.close()


def test_index_queries_authenticate_and_never_follow_the_index_elsewhere(indexes: list[Index]) -> None:
    public = Index({"/simple/mini-client/": (200, {"Content-Type": "text/html"}, b'<a href="x.whl">x.whl</a>')})
    private = Index(
        {
            "/simple/mini-client/": (303, {"Location": public.url + "simple/mini-client/"}, b""),
            "/simple/ours/": (200, {"Content-Type": "text/html"}, b'<a href="o.whl#sha256=cc">o.whl</a>'),
            "/simple/locked/": (401, {}, b""),
        }
    )
    indexes += [public, private]
    config = IndexConfig.from_env(
        {"TWINE_REPOSITORY_URL": private.url, "TWINE_USERNAME": "ci", "TWINE_PASSWORD": SECRET}
    )

    assert index_files(config, "ours") == {"o.whl": "cc"}
    assert private.seen[-1]["Authorization"].startswith("Basic ")
    assert index_files(config, "mini_client") == {}  # a fallback redirect: not ours, and not followed
    assert public.seen == []
    assert index_files(config, "unknown") == {}
    with pytest.raises(PublishError) as failure:
        index_files(config, "locked")
    assert "401" in str(failure.value)
    assert SECRET not in str(failure.value)


def test_a_file_listed_without_a_sha256_is_hashed_before_it_counts_as_ours(indexes: list[Index]) -> None:
    """Before, a file the page listed without a hash was taken as already published, whatever its bytes."""
    ours, theirs = b"our wheel", b"someone else's wheel"
    page = b'<a href="../../files/same.whl">same.whl</a><a href="/files/other.whl">other.whl</a>'
    index = Index(
        {
            "/simple/mini-client/": (200, {"Content-Type": "text/html"}, page),
            "/files/same.whl": (200, {}, ours),
            "/files/other.whl": (200, {}, theirs),
        }
    )
    indexes.append(index)
    config = IndexConfig.from_env({"TWINE_REPOSITORY_URL": index.url, "TWINE_USERNAME": "ci", "TWINE_PASSWORD": SECRET})

    assert index_files(config, "mini-client") == {"same.whl": None, "other.whl": None}
    found = index_files(config, "mini-client", verify=["same.whl", "other.whl"])
    assert found == {"same.whl": hashlib.sha256(ours).hexdigest(), "other.whl": hashlib.sha256(theirs).hexdigest()}
    assert index.seen[-1]["Authorization"].startswith("Basic "), "the file comes from the index, with its login"

    artifacts = tuple(Artifact(Path(name), hashlib.sha256(ours).hexdigest()) for name in ("same.whl", "other.whl"))
    assert [p.state for p in plan(artifacts, found)] == ["published", "conflict"]


@pytest.mark.parametrize("status", [401, 403])
def test_a_refusal_from_the_index_says_which_credentials_to_check(indexes: list[Index], status: int) -> None:
    index = Index({"/simple/mini-client/": (status, {}, b"")})
    indexes.append(index)
    config = IndexConfig.from_env({"TWINE_REPOSITORY_URL": index.url, "TWINE_USERNAME": "ci", "TWINE_PASSWORD": SECRET})
    with pytest.raises(PublishError) as failure:
        index_files(config, "mini-client")
    message = str(failure.value)
    assert f"answered {status}" in message
    assert "TWINE_USERNAME and TWINE_PASSWORD, or the keyring entry" in message
    assert SECRET not in message
    assert "\n" not in message


def test_names_are_normalised_by_packaging() -> None:
    assert normalize("Acme__Mini..Client") == "acme-mini-client"
