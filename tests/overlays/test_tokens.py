"""The shared token machinery (overlays/common/_tokens.py) against a real token endpoint on 127.0.0.1.

Concurrency: fifty threads, or fifty asyncio tasks, cause exactly one token request. Expiry: an injected
clock, no sleeping. 401: one refresh and one replay, then the 401 goes back to the caller. Secrets: never
in repr, str, log output or exception text.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.overlay_package import overlay_package
from tests.token_endpoint import FakeClock, TokenEndpoint, serve

SECRET = "s3cr3t-Client-Secret-value"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
"""As many keep-alive connections as connections: with fewer, httpcore's pool can close a connection it has
just handed to a waiting request (encode/httpcore#1110, #1000), which fifty threads sometimes hit."""
PACKAGE = "tokens_under_test"


@pytest.fixture(scope="module")
def tokens(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with overlay_package(tmp_path_factory.mktemp("overlay"), PACKAGE, ["common"]) as load:
        yield load("_tokens")


@pytest.fixture
def errors(tokens: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.lib._errors")


@pytest.fixture
def endpoint() -> Iterator[TokenEndpoint]:
    with serve(TokenEndpoint()) as running:
        yield running


def make_auth(tokens: ModuleType, endpoint: TokenEndpoint, **kwargs: Any) -> Any:
    """A minimal TokenAuth: the secret goes in the form body of the token request."""

    class FormSecretAuth(tokens.TokenAuth):  # type: ignore[name-defined,misc]
        def __init__(self, secret: str, **options: Any) -> None:
            super().__init__(**options)
            self._secret = tokens.Secret(secret)

        def token_request(self) -> httpx.Request:
            form = {"grant_type": "client_credentials", "client_secret": self._secret.reveal()}
            return httpx.Request("POST", endpoint.token_url, data=form)

    return FormSecretAuth(SECRET, **kwargs)


# --- concurrency -------------------------------------------------------------------------------------


def test_fifty_threads_cause_one_token_request(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    endpoint.delay = 0.3
    auth = make_auth(tokens, endpoint)
    statuses: list[int] = []
    start = threading.Barrier(50)
    with httpx.Client(base_url=endpoint.url, auth=auth, timeout=30, limits=LIMITS) as client:

        def call(n: int) -> None:
            start.wait()
            statuses.append(client.get(f"/api/items/{n}").status_code)

        threads = [threading.Thread(target=call, args=(n,)) for n in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert statuses == [200] * 50
    assert len(endpoint.token_requests) == 1
    assert len(endpoint.api_requests) == 50


async def test_fifty_tasks_cause_one_token_request(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    endpoint.delay = 0.3
    auth = make_auth(tokens, endpoint)
    async with httpx.AsyncClient(base_url=endpoint.url, auth=auth, timeout=30, limits=LIMITS) as client:
        responses = await asyncio.gather(*(client.get(f"/api/items/{n}") for n in range(50)))

    assert [r.status_code for r in responses] == [200] * 50
    assert len(endpoint.token_requests) == 1
    assert len(endpoint.api_requests) == 50


def test_fifty_threads_refused_with_401_cause_one_refresh(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    auth = make_auth(tokens, endpoint)
    with httpx.Client(base_url=endpoint.url, auth=auth, timeout=30, limits=LIMITS) as client:
        assert client.get("/api/warm-up").status_code == 200
        endpoint.revoke_all()
        endpoint.delay = 0.3
        statuses: list[int] = []
        start = threading.Barrier(50)

        def call() -> None:
            start.wait()
            statuses.append(client.get("/api/items").status_code)

        threads = [threading.Thread(target=call) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert statuses == [200] * 50
    assert len(endpoint.token_requests) == 2  # the first token, then exactly one refresh


async def test_fifty_tasks_refused_with_401_cause_one_refresh(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    auth = make_auth(tokens, endpoint)
    async with httpx.AsyncClient(base_url=endpoint.url, auth=auth, timeout=30, limits=LIMITS) as client:
        assert (await client.get("/api/warm-up")).status_code == 200
        endpoint.revoke_all()
        endpoint.delay = 0.3
        responses = await asyncio.gather(*(client.get("/api/items") for _ in range(50)))

    assert [r.status_code for r in responses] == [200] * 50
    assert len(endpoint.token_requests) == 2


def test_one_auth_serves_successive_event_loops(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    auth = make_auth(tokens, endpoint)

    async def call() -> int:
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth) as client:
            auth.invalidate()  # forces the fetch, so the lock of this loop is used
            return (await client.get("/api/items")).status_code

    assert [asyncio.run(call()), asyncio.run(call())] == [200, 200]


# --- expiry --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_token_reused_until_the_margin_then_renewed(
    tokens: ModuleType, endpoint: TokenEndpoint, mode: str
) -> None:
    clock = FakeClock()
    endpoint.expires_in = 300
    auth = make_auth(tokens, endpoint, margin=30, clock=clock)

    async def get() -> int:
        if mode == "sync":
            with httpx.Client(base_url=endpoint.url, auth=auth) as client:
                return client.get("/api/items").status_code
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth) as client:
            return (await client.get("/api/items")).status_code

    assert await get() == 200
    clock.advance(269)  # 300 s lifetime - 30 s margin: still fresh
    assert await get() == 200
    assert len(endpoint.token_requests) == 1
    clock.advance(1)
    assert await get() == 200
    assert len(endpoint.token_requests) == 2
    assert auth.token.expires_at == clock.now + 270


def test_short_lived_token_is_kept_for_half_its_life(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    clock = FakeClock()
    endpoint.expires_in = "20"  # some servers send a string
    auth = make_auth(tokens, endpoint, margin=30, clock=clock)
    with httpx.Client(base_url=endpoint.url, auth=auth) as client:
        client.get("/api/items")
        clock.advance(9)
        client.get("/api/items")
        assert len(endpoint.token_requests) == 1
        clock.advance(1)
        client.get("/api/items")
    assert len(endpoint.token_requests) == 2


def test_without_expires_in_the_default_lifetime_applies(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    clock = FakeClock()
    endpoint.expires_in = None
    auth = make_auth(tokens, endpoint, margin=60, default_lifetime=8 * 3600, clock=clock)
    with httpx.Client(base_url=endpoint.url, auth=auth) as client:
        client.get("/api/items")
        clock.advance(8 * 3600 - 61)
        client.get("/api/items")
        assert len(endpoint.token_requests) == 1
        clock.advance(1)
        client.get("/api/items")
    assert len(endpoint.token_requests) == 2


def test_token_is_fetched_lazily(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    auth = make_auth(tokens, endpoint)
    with httpx.Client(base_url=endpoint.url, auth=auth):
        pass
    assert endpoint.token_requests == []
    assert auth.token is None


# --- 401 ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_401_renews_the_token_and_replays_once(tokens: ModuleType, endpoint: TokenEndpoint, mode: str) -> None:
    auth = make_auth(tokens, endpoint)
    body = {"name": "replayed with its body"}
    if mode == "sync":
        with httpx.Client(base_url=endpoint.url, auth=auth) as client:
            assert client.get("/api/warm-up").status_code == 200
            endpoint.revoke_all()
            response = client.post("/api/items", json=body)
    else:
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth) as client:
            assert (await client.get("/api/warm-up")).status_code == 200
            endpoint.revoke_all()
            response = await client.post("/api/items", json=body)

    assert response.status_code == 200
    refused, renewal = response.history  # httpx records every exchange of the auth flow
    assert (refused.status_code, renewal.status_code, str(renewal.url)) == (401, 200, endpoint.token_url)
    assert len(endpoint.token_requests) == 2
    first, replay = endpoint.api_requests[-2:]
    assert first.body == replay.body == b'{"name":"replayed with its body"}'
    assert replay.headers["authorization"] == f"Bearer {endpoint.issued[-1]}"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_second_401_goes_back_to_the_caller(tokens: ModuleType, endpoint: TokenEndpoint, mode: str) -> None:
    endpoint.reject_all = True
    auth = make_auth(tokens, endpoint)
    if mode == "sync":
        with httpx.Client(base_url=endpoint.url, auth=auth) as client:
            response = client.get("/api/items")
    else:
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth) as client:
            response = await client.get("/api/items")
    assert response.status_code == 401
    assert len(endpoint.token_requests) == 2
    assert len(endpoint.api_requests) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_cached_token_refused_twice_goes_back_to_the_caller(
    tokens: ModuleType, endpoint: TokenEndpoint, mode: str
) -> None:
    """The cached token is sent without running the flow; a 401 still renews it once, a second 401 is final."""
    auth = make_auth(tokens, endpoint)
    if mode == "sync":
        with httpx.Client(base_url=endpoint.url, auth=auth) as client:
            assert client.get("/api/warm-up").status_code == 200
            endpoint.reject_all = True
            response = client.get("/api/items")
    else:
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth) as client:
            assert (await client.get("/api/warm-up")).status_code == 200
            endpoint.reject_all = True
            response = await client.get("/api/items")
    assert response.status_code == 401
    assert len(endpoint.token_requests) == 2
    assert len(endpoint.api_requests) == 3


# --- failures and secrets --------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_refused_token_request_raises_a_typed_error_without_the_secret(
    tokens: ModuleType, errors: ModuleType, endpoint: TokenEndpoint, mode: str
) -> None:
    endpoint.token_status = 401
    endpoint.token_body = f'{{"error": "invalid_client", "error_description": "bad secret {SECRET}"}}'.encode()
    auth = make_auth(tokens, endpoint)
    with pytest.raises(errors.AuthenticationError) as caught:
        if mode == "sync":
            with httpx.Client(base_url=endpoint.url, auth=auth) as client:
                client.get("/api/items")
        else:
            async with httpx.AsyncClient(base_url=endpoint.url, auth=auth) as client:
                await client.get("/api/items")

    message = str(caught.value)
    assert endpoint.token_url in message
    assert "401" in message
    assert "invalid_client" in message
    for text in (message, repr(caught.value), repr(caught.value.args)):
        assert SECRET not in text
    assert endpoint.api_requests == []
    # the failed fetch released the lock: the next request is served once the endpoint recovers
    endpoint.token_status, endpoint.token_body = 200, None
    with httpx.Client(base_url=endpoint.url, auth=auth) as client:
        assert client.get("/api/items").status_code == 200


def test_token_answer_without_access_token_is_an_authentication_error(
    tokens: ModuleType, errors: ModuleType, endpoint: TokenEndpoint
) -> None:
    endpoint.token_body = b"<html>login</html>"
    with (
        httpx.Client(base_url=endpoint.url, auth=make_auth(tokens, endpoint)) as client,
        pytest.raises(errors.AuthenticationError, match="not JSON"),
    ):
        client.get("/api/items")
    endpoint.token_body = b'{"token_type": "bearer"}'
    with (
        httpx.Client(base_url=endpoint.url, auth=make_auth(tokens, endpoint)) as client,
        pytest.raises(errors.AuthenticationError, match="no access_token"),
    ):
        client.get("/api/items")


def test_secret_and_token_never_printed(
    tokens: ModuleType, endpoint: TokenEndpoint, caplog: pytest.LogCaptureFixture
) -> None:
    auth = make_auth(tokens, endpoint)
    caplog.set_level(logging.DEBUG)
    with httpx.Client(base_url=endpoint.url, auth=auth) as client:
        client.get("/api/items")
        endpoint.revoke_all()
        response = client.get("/api/items")
        shown = [repr(auth), str(auth), repr(auth.token), str(auth.token), repr(response.request.headers)]
        shown += [repr(client), repr(response.request), repr(response)]
    issued = endpoint.issued
    assert len(issued) == 2
    shown.append(caplog.text)
    for text in shown:
        assert SECRET not in text
        for token in issued:
            assert token not in text
    assert "DEBUG" in caplog.text or caplog.records  # the flow did log something


def test_secret_wrapper_masks_every_rendering(tokens: ModuleType) -> None:
    secret = tokens.Secret(SECRET)
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", f"{[secret]}", format(secret, "")):
        assert SECRET not in text
    assert secret.reveal() == SECRET
    assert tokens.Secret(secret) == secret
    assert tokens.reveal(secret) == tokens.reveal(SECRET) == SECRET
    with pytest.raises(TypeError):
        tokens.Secret(b"bytes")  # type: ignore[arg-type]


def test_static_bearer_token(tokens: ModuleType, endpoint: TokenEndpoint) -> None:
    auth = tokens.BearerTokenAuth("static-token-value")
    assert "static-token-value" not in repr(auth)
    request = next(auth.auth_flow(httpx.Request("GET", endpoint.url)))
    assert request.headers["Authorization"] == "Bearer static-token-value"
