"""Logging you can turn on (overlays/common/_logging.py): the package's own logger, ``<PACKAGE>_LOG``, bodies only
when asked, and no secret in any record. Real clients over a real token endpoint on 127.0.0.1."""

from __future__ import annotations

import importlib
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import REGISTRY, ROOT
from tests.token_endpoint import TokenEndpoint, instant_retry, serve

CLIENT_ID = "planning-integration"
CLIENT_SECRET = "logged-Client-Secret-" + "5be1d0"
OPTIFLOW = next(entry for entry in REGISTRY if entry.name == "optiflow-planning")


@pytest.fixture
def endpoint() -> Iterator[TokenEndpoint]:
    with serve(TokenEndpoint(token_path="/oauth/token", token_failures=[503])) as running:
        yield running


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def lines(self, name: str | None = None) -> list[str]:
        return [r.getMessage() for r in self.records if name is None or r.name == name]


@pytest.fixture
def records() -> Iterator[Records]:
    handler = Records()
    package, bodies = logging.getLogger(OPTIFLOW.package), logging.getLogger(f"{OPTIFLOW.package}.bodies")
    levels = package.level, bodies.level
    package.addHandler(handler)
    try:
        yield handler
    finally:
        package.removeHandler(handler)
        package.setLevel(levels[0])
        bodies.setLevel(levels[1])


def call(endpoint: TokenEndpoint, **options: Any) -> None:
    package = importlib.import_module(OPTIFLOW.package)
    ping = importlib.import_module(f"{OPTIFLOW.package}.api.health.ping")
    client = package.connect(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        base_url=endpoint.url,
        token_url=endpoint.token_url,
        credentials_in_body=True,  # the secret is in the token request's form body
        retry=instant_retry(package),
        **options,
    )
    with client:
        assert ping.sync(client=client) == "pong"


def test_the_package_logger_shows_exchanges_and_retries_at_debug_without_bodies(
    endpoint: TokenEndpoint, records: Records
) -> None:
    logging.getLogger(OPTIFLOW.package).setLevel(logging.DEBUG)
    call(endpoint)
    lines = records.lines(OPTIFLOW.package)
    assert lines[0].startswith("POST /oauth/token answered 503; retry 1 in ")  # retry decisions at INFO
    # the exchange as the retries ended it
    assert lines[1].startswith(f"POST {endpoint.token_url} (token request) -> 200 OK in ")
    assert lines[2] == f"token from {endpoint.token_url}, valid for 300.0 s"
    assert lines[3].startswith(f"GET {endpoint.url}/ping -> 200 OK in ")
    assert len(lines) == 4
    assert records.lines(f"{OPTIFLOW.package}.bodies") == []  # bodies only when asked
    assert not [r for r in records.records if r.name.startswith(f"{OPTIFLOW.package}.lib")]  # no private loggers


def test_bodies_when_asked_and_no_secret_in_any_record(endpoint: TokenEndpoint, records: Records) -> None:
    logging.getLogger(OPTIFLOW.package).setLevel(logging.DEBUG)
    logging.getLogger(f"{OPTIFLOW.package}.bodies").setLevel(logging.DEBUG)
    call(endpoint, headers={"X-Api-Key": "header-secret-9c1"})
    bodies = records.lines(f"{OPTIFLOW.package}.bodies")
    assert "GET /ping response body: pong" in bodies
    assert "POST /oauth/token request body: [redacted]" in bodies
    text = "\n".join(records.lines())
    assert endpoint.issued, "a token was issued"
    for secret in (CLIENT_SECRET, "header-secret-9c1", *endpoint.issued):
        assert secret not in text


@pytest.mark.parametrize(("value", "bodies"), [("debug", False), ("bodies", True)])
def test_the_environment_variable_turns_it_on_for_a_script(endpoint: TokenEndpoint, value: str, bodies: bool) -> None:
    script = (
        "import sys; sys.path[:0] = sys.argv[1:2]\n"
        "from tests.vendors.test_logging import call\n"
        "from tests.token_endpoint import TokenEndpoint\n"
        f"call(TokenEndpoint(port={endpoint.port}, token_path={endpoint.token_path!r}))\n"
    )
    variable = f"{OPTIFLOW.package.upper()}_LOG"
    assert variable == "OPTIFLOW_PLANNING_CLIENT_LOG"
    environ = {**os.environ, variable: value}
    command = [sys.executable, "-c", script, str(ROOT)]
    run = subprocess.run(command, env=environ, capture_output=True, text=True, check=True)
    assert f"{OPTIFLOW.package} DEBUG GET {endpoint.url}/ping -> 200 OK in " in run.stderr
    assert f"{OPTIFLOW.package} INFO POST /oauth/token answered 503; retry 1 in " in run.stderr
    assert ("response body: pong" in run.stderr) is bodies
    assert CLIENT_SECRET not in run.stderr
    for token in endpoint.issued:
        assert token not in run.stderr


def test_a_bad_value_is_a_warning_naming_the_variable(endpoint: TokenEndpoint) -> None:
    variable = f"{OPTIFLOW.package.upper()}_LOG"
    script = f"import {OPTIFLOW.package}.lib._client"
    environ = {**os.environ, variable: "verbose"}
    run = subprocess.run([sys.executable, "-c", script], env=environ, capture_output=True, text=True, check=True)
    assert f"{variable}='verbose' is not a logging level: use debug, info, warning, error or bodies" in run.stderr
