"""OptiFlow client credentials (overlays/optiflow/_auth.py) against a real token endpoint on 127.0.0.1."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import importlib
import json
import logging
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import REGISTRY
from tests.overlay_package import overlay_package
from tests.quickstart import point_connect_at, quickstart_blocks, run_block
from tests.token_endpoint import FakeClock, TokenEndpoint, instant_retry, serve

CLIENT_ID = "planning-integration"
CLIENT_SECRET = "optiflow-Client-Secret-" + "7f3a9c"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)  # see tests/overlays/test_tokens.py


@pytest.fixture(scope="module")
def overlay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with overlay_package(
        tmp_path_factory.mktemp("overlay"), "optiflow_auth_under_test", ["common", "optiflow"]
    ) as load:
        yield load


@pytest.fixture
def auth_module(overlay: Any) -> ModuleType:
    return overlay("_oauth")  # type: ignore[no-any-return]


@pytest.fixture
def endpoint() -> Iterator[TokenEndpoint]:
    with serve(TokenEndpoint(token_path="/auth/realms/prod/protocol/openid-connect/token")) as running:
        yield running


def credentials(auth_module: ModuleType, endpoint: TokenEndpoint, **kwargs: Any) -> Any:
    return auth_module.ClientCredentials(CLIENT_ID, CLIENT_SECRET, token_url=endpoint.token_url, **kwargs)


def test_credentials_go_in_a_basic_header_by_default(auth_module: ModuleType, endpoint: TokenEndpoint) -> None:
    with httpx.Client(base_url=endpoint.url, auth=credentials(auth_module, endpoint)) as client:
        assert client.get("/planning/v1/ping").status_code == 200
    (token_request,) = endpoint.token_requests
    expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    assert token_request.headers["authorization"] == f"Basic {expected}"
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert token_request.form == {"grant_type": "client_credentials"}
    assert endpoint.api_requests[0].headers["authorization"] == f"Bearer {endpoint.issued[0]}"


def test_credentials_can_go_in_the_form_body(auth_module: ModuleType, endpoint: TokenEndpoint) -> None:
    auth = credentials(auth_module, endpoint, credentials_in_body=True, scope="planning")
    with httpx.Client(base_url=endpoint.url, auth=auth) as client:
        assert client.get("/planning/v1/ping").status_code == 200
    (token_request,) = endpoint.token_requests
    assert "authorization" not in token_request.headers
    assert token_request.form == {
        "grant_type": "client_credentials",
        "scope": "planning",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_fifty_callers_one_token_request(auth_module: ModuleType, endpoint: TokenEndpoint, mode: str) -> None:
    endpoint.delay = 0.3
    auth = credentials(auth_module, endpoint)
    if mode == "sync":
        statuses: list[int] = []
        with httpx.Client(base_url=endpoint.url, auth=auth, limits=LIMITS, timeout=30) as client:
            start = threading.Barrier(50)

            def call() -> None:
                start.wait()
                statuses.append(client.get("/planning/v1/plan-profiles").status_code)

            threads = [threading.Thread(target=call) for _ in range(50)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    else:
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth, limits=LIMITS, timeout=30) as client:
            responses = await asyncio.gather(*(client.get("/planning/v1/plan-profiles") for _ in range(50)))
        statuses = [r.status_code for r in responses]
    assert statuses == [200] * 50
    assert len(endpoint.token_requests) == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_expiry_and_401(auth_module: ModuleType, endpoint: TokenEndpoint, mode: str) -> None:
    clock = FakeClock()
    endpoint.expires_in = 300  # the lifetime Conundra's identity server gives
    auth = credentials(auth_module, endpoint, clock=clock)

    async def get() -> int:
        if mode == "sync":
            with httpx.Client(base_url=endpoint.url, auth=auth) as client:
                return client.get("/planning/v1/ping").status_code
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth) as client:
            return (await client.get("/planning/v1/ping")).status_code

    assert await get() == 200
    clock.advance(269)
    assert await get() == 200
    assert len(endpoint.token_requests) == 1
    clock.advance(1)  # within the 30 s margin: renewed before it runs out
    assert await get() == 200
    assert len(endpoint.token_requests) == 2
    endpoint.revoke_all()  # the server stops accepting it early
    assert await get() == 200
    assert len(endpoint.token_requests) == 3


def test_token_url_comes_from_the_spec(auth_module: ModuleType) -> None:
    schemes = {
        "apiKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
        "clientCredentials": {
            "type": "oauth2",
            "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.test/token", "scopes": {}}},
        },
    }
    assert auth_module.token_url_from_spec(schemes) == "https://auth.example.test/token"
    assert auth_module.token_url_from_spec({}) is None


def test_a_refused_secret_raises_without_showing_it(
    overlay: Any, auth_module: ModuleType, endpoint: TokenEndpoint, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    endpoint.token_status = 401
    echo = f"Invalid client secret {CLIENT_SECRET}"  # a server that echoes the secret of the Basic header
    endpoint.token_body = json.dumps({"error": "unauthorized_client", "error_description": echo}).encode()
    auth = credentials(auth_module, endpoint)
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    with (
        httpx.Client(base_url=endpoint.url, auth=auth) as client,
        pytest.raises(overlay("_errors").AuthenticationError) as caught,
    ):
        client.get("/planning/v1/ping")
    error = caught.value
    assert error.status == 401
    assert error.endpoint == endpoint.token_url
    expected = "unauthorized_client - Invalid client secret [redacted]"  # the server's words, the secret masked
    assert str(error) == f"token request to {endpoint.token_url} failed with HTTP 401: {expected}"
    for text in (str(error), repr(error), repr(auth), str(auth), caplog.text, repr(error.request.headers)):
        assert CLIENT_SECRET not in text
        assert basic not in text


# --- the README quickstart, as written, against a loopback token endpoint and Prism -------------------

OPTIFLOW_APIS = [pytest.param(entry, id=entry.name) for entry in REGISTRY if entry.vendor == "optiflow"]


@pytest.mark.parametrize("entry", OPTIFLOW_APIS)
def test_quickstart_works_as_written(
    entry: Any, prism: Any, endpoint: TokenEndpoint, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    schemes = {
        "clientCredentials": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": endpoint.token_url}}}
    }
    recorder = point_connect_at(monkeypatch, entry, prism.url(entry), schemes)
    blocks = quickstart_blocks(entry)
    assert len(blocks) == 2  # sync and async
    for number, code in enumerate(blocks, start=1):
        run_block(code, f"{entry.name} #{number}")
        assert len(endpoint.token_requests) == number  # each block's client fetched its own token, once
    basic = base64.b64encode(b"my-client-id:my-client-secret").decode()
    assert {r.headers["authorization"] for r in endpoint.token_requests} == {f"Basic {basic}"}
    assert capsys.readouterr().out.split() == ["pong", "pong"]
    assert recorder.responses == 4  # per block: the token (loopback), then ping (Prism)
    assert recorder.violations == []


# --- connect(): the same guarantees through the package's ApiClient (typed errors after the replay) ---


@pytest.mark.parametrize("entry", OPTIFLOW_APIS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_connect_renews_once_on_401_then_raises_unauthorized(
    entry: Any, endpoint: TokenEndpoint, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    package = importlib.import_module(entry.package)
    ping = importlib.import_module(f"{entry.package}.api.health.ping")
    unauthorized = importlib.import_module(f"{entry.package}.lib._errors").UnauthorizedError
    client = package.connect(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=endpoint.url, token_url=endpoint.token_url
    )

    async def call() -> Any:
        if mode == "sync":
            return ping.sync(client=client)
        return await ping.asyncio(client=client)

    async with contextlib.AsyncExitStack() as stack:
        if mode == "sync":
            stack.enter_context(client)
        else:
            await stack.enter_async_context(client)
        assert await call() == "pong"
        endpoint.revoke_all()
        assert await call() == "pong"  # refused, renewed, replayed
        assert len(endpoint.token_requests) == 2
        endpoint.reject_all = True
        with pytest.raises(unauthorized) as caught:
            await call()
    assert len(endpoint.token_requests) == 3  # one renewal for the refused call, no more
    assert caught.value.status == 401
    for text in (str(caught.value), repr(caught.value), repr(client), caplog.text):
        assert CLIENT_SECRET not in text
        for token in endpoint.issued:
            assert token not in text


@pytest.mark.parametrize("entry", OPTIFLOW_APIS)
def test_connect_fifty_threads_one_token(entry: Any, endpoint: TokenEndpoint) -> None:
    package = importlib.import_module(entry.package)
    ping = importlib.import_module(f"{entry.package}.api.health.ping")
    endpoint.delay = 0.3
    answers: list[Any] = []
    client = package.connect(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        base_url=endpoint.url,
        token_url=endpoint.token_url,
        limits=LIMITS,
    )
    with client:
        start = threading.Barrier(50)

        def call() -> None:
            start.wait()
            answers.append(ping.sync(client=client))

        threads = [threading.Thread(target=call) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert answers == ["pong"] * 50
    assert len(endpoint.token_requests) == 1


# --- a token endpoint that fails: retried like the API call, then a typed error naming it ---------------


@pytest.mark.parametrize("entry", OPTIFLOW_APIS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_token_endpoint_hiccup_is_retried(entry: Any, endpoint: TokenEndpoint, mode: str) -> None:
    """A 503 from the token endpoint is as transient as one from the API: the call still succeeds."""
    package = importlib.import_module(entry.package)
    ping = importlib.import_module(f"{entry.package}.api.health.ping")
    endpoint.token_failures = [503, 502]
    retry = instant_retry(package)
    client = package.connect(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        base_url=endpoint.url,
        token_url=endpoint.token_url,
        retry=retry,
    )
    if mode == "sync":
        with client:
            assert ping.sync(client=client) == "pong"
    else:
        async with client:
            assert await ping.asyncio(client=client) == "pong"
    assert len(endpoint.token_requests) == 3
    assert len(endpoint.api_requests) == 1


@pytest.mark.parametrize("entry", OPTIFLOW_APIS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_token_endpoint_that_stays_down_raises_an_authentication_error_naming_it(
    entry: Any, endpoint: TokenEndpoint, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Down with a status: the status; unreachable: no status. Either way the endpoint, never the secret."""
    from tests.conftest import free_port

    caplog.set_level(logging.DEBUG)
    package = importlib.import_module(entry.package)
    ping = importlib.import_module(f"{entry.package}.api.health.ping")
    retry = instant_retry(package, max_retries=1)
    unreachable = f"http://127.0.0.1:{free_port()}/oauth/token"
    endpoint.token_failures = [503, 503]
    caught = []
    for token_url in (endpoint.token_url, unreachable):
        client = package.connect(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=endpoint.url, token_url=token_url, retry=retry
        )
        with pytest.raises(package.AuthenticationError) as raised:
            if mode == "sync":
                with client:
                    ping.sync(client=client)
            else:
                async with client:
                    await ping.asyncio(client=client)
        caught.append(raised.value)
    down, gone = caught
    assert len(endpoint.token_requests) == 2  # the first try and one retry
    assert (down.status, down.endpoint) == (503, endpoint.token_url)
    assert str(down) == f"token request to {endpoint.token_url} failed with HTTP 503: temporarily_unavailable"
    assert (gone.status, gone.endpoint) == (None, unreachable)
    assert str(gone) == f"token request to {unreachable} failed with no answer (ConnectError)"
    assert isinstance(gone.__cause__, httpx.ConnectError)
    assert endpoint.api_requests == []
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    for text in (str(down), repr(down), str(gone), repr(gone), caplog.text):
        assert CLIENT_SECRET not in text
        assert basic not in text
