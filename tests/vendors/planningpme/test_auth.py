"""PlanningPME auth (overlays/planningpme/_auth.py): app key, user tokens by three grants, 8 hours at most, 401.

The token endpoint (``POST {brand}/token``) and the API are served on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
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

BRAND = "mycompany"
APP_KEY = "e991573da5ffd4sab9b1e26bc6b64aac"
PASSWORD = "pme-Pass-word-42"
ASSERTION = "account-token-eyJhbGciOiJIUzI1NiJ9.assertion"
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)  # see tests/overlays/test_tokens.py


@pytest.fixture(scope="module")
def overlay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with overlay_package(tmp_path_factory.mktemp("overlay"), "pme_auth_under_test", ["common", "planningpme"]) as load:
        yield load


@pytest.fixture
def auth_module(overlay: Any) -> ModuleType:
    return overlay("_auth")  # type: ignore[no-any-return]


@pytest.fixture
def endpoint() -> Iterator[TokenEndpoint]:
    running = TokenEndpoint(token_path=f"/{BRAND}/token", expires_in=None, extra={"username": "planner"})
    with serve(running):
        yield running


def user_auth(auth_module: ModuleType, endpoint: TokenEndpoint, **kwargs: Any) -> Any:
    kwargs.setdefault("username", "planner")
    kwargs.setdefault("password", PASSWORD)
    return auth_module.UserTokenAuth(app_key=APP_KEY, token_url=endpoint.token_url, **kwargs)


GRANTS = {
    "password": (
        {"username": "planner", "password": PASSWORD},
        {"grant_type": "password", "username": "planner", "password": PASSWORD},
    ),
    "account token": (
        {"username": None, "password": None, "assertion": ASSERTION},
        {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": ASSERTION},
    ),
    "oauth client": (
        {"username": None, "password": None, "assertion": ASSERTION, "client_id": "partner-app"},
        {
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "assertion": ASSERTION,
            "client_id": "partner-app",
        },
    ),
}


@pytest.mark.parametrize("grant", GRANTS)
def test_each_grant_posts_its_form_with_the_app_key(
    auth_module: ModuleType, endpoint: TokenEndpoint, grant: str
) -> None:
    arguments, form = GRANTS[grant]
    auth = user_auth(auth_module, endpoint, language="fr", **arguments)
    with httpx.Client(base_url=f"{endpoint.url}/{BRAND}", auth=auth) as client:
        assert client.get("/api/task", params={"pageIndex": 1}).status_code == 200
    (token_request,) = endpoint.token_requests
    assert token_request.method == "POST"
    assert token_request.form == form
    assert token_request.headers["x-appkey"] == APP_KEY
    assert token_request.headers["accept-language"] == "fr"
    (api_request,) = endpoint.api_requests
    assert api_request.headers["x-appkey"] == APP_KEY
    assert api_request.headers["authorization"] == f"Bearer {endpoint.issued[0]}"
    assert api_request.headers["accept-language"] == "fr"


def test_a_call_can_ask_for_another_language(auth_module: ModuleType, endpoint: TokenEndpoint) -> None:
    with httpx.Client(base_url=endpoint.url, auth=user_auth(auth_module, endpoint, language="fr")) as client:
        client.get(f"/{BRAND}/api/task", headers={"Accept-Language": "de"})
    assert endpoint.api_requests[0].headers["accept-language"] == "de"


def test_app_key_alone(auth_module: ModuleType, endpoint: TokenEndpoint) -> None:
    with httpx.Client(base_url=endpoint.url, auth=auth_module.AppKeyAuth(APP_KEY, language="nl")) as client:
        client.get(f"/{BRAND}/api/config")
    (api_request,) = endpoint.api_requests
    assert api_request.headers["x-appkey"] == APP_KEY
    assert api_request.headers["accept-language"] == "nl"
    assert "authorization" not in api_request.headers
    assert endpoint.token_requests == []


def test_credentials_must_name_one_grant(auth_module: ModuleType, endpoint: TokenEndpoint) -> None:
    with pytest.raises(ValueError, match="username and password, or an assertion"):
        user_auth(auth_module, endpoint, assertion=ASSERTION)  # password and assertion together
    with pytest.raises(ValueError, match="username and password, or an assertion"):
        user_auth(auth_module, endpoint, password=None)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_token_kept_eight_hours_renewed_on_401(
    auth_module: ModuleType, endpoint: TokenEndpoint, mode: str
) -> None:
    clock = FakeClock()
    auth = user_auth(auth_module, endpoint, clock=clock)

    async def get() -> int:
        if mode == "sync":
            with httpx.Client(base_url=endpoint.url, auth=auth) as client:
                return client.get(f"/{BRAND}/api/task").status_code
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth) as client:
            return (await client.get(f"/{BRAND}/api/task")).status_code

    assert await get() == 200
    clock.advance(8 * 3600 - 61)  # no expires_in in the answer: the documented 8 hours, less a minute
    assert await get() == 200
    assert len(endpoint.token_requests) == 1
    clock.advance(1)
    assert await get() == 200
    assert len(endpoint.token_requests) == 2
    endpoint.revoke_all()
    assert await get() == 200
    assert len(endpoint.token_requests) == 3
    assert endpoint.api_requests[-1].headers["x-appkey"] == APP_KEY  # the replay keeps the app key


def test_expires_in_wins_over_eight_hours(auth_module: ModuleType, endpoint: TokenEndpoint) -> None:
    clock = FakeClock()
    endpoint.expires_in = 600
    auth = user_auth(auth_module, endpoint, clock=clock)
    with httpx.Client(base_url=endpoint.url, auth=auth) as client:
        client.get(f"/{BRAND}/api/task")
        clock.advance(541)
        client.get(f"/{BRAND}/api/task")
    assert len(endpoint.token_requests) == 2


def test_a_longer_expires_in_is_capped_at_eight_hours(auth_module: ModuleType, endpoint: TokenEndpoint) -> None:
    """The vendor's example answer says ``expires_in: 86399`` where its text says 8 hours: the shorter wins."""
    clock = FakeClock()
    endpoint.expires_in = 86399
    auth = user_auth(auth_module, endpoint, clock=clock)
    with httpx.Client(base_url=endpoint.url, auth=auth) as client:
        client.get(f"/{BRAND}/api/task")
        clock.advance(8 * 3600 - 61)
        client.get(f"/{BRAND}/api/task")
        assert len(endpoint.token_requests) == 1
        clock.advance(1)
        client.get(f"/{BRAND}/api/task")
    assert len(endpoint.token_requests) == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_fifty_callers_one_token_request(auth_module: ModuleType, endpoint: TokenEndpoint, mode: str) -> None:
    endpoint.delay = 0.3
    auth = user_auth(auth_module, endpoint)
    if mode == "sync":
        statuses: list[int] = []
        with httpx.Client(base_url=endpoint.url, auth=auth, limits=LIMITS, timeout=30) as client:
            start = threading.Barrier(50)

            def call() -> None:
                start.wait()
                statuses.append(client.get(f"/{BRAND}/api/customer").status_code)

            threads = [threading.Thread(target=call) for _ in range(50)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    else:
        async with httpx.AsyncClient(base_url=endpoint.url, auth=auth, limits=LIMITS, timeout=30) as client:
            responses = await asyncio.gather(*(client.get(f"/{BRAND}/api/customer") for _ in range(50)))
        statuses = [r.status_code for r in responses]
    assert statuses == [200] * 50
    assert len(endpoint.token_requests) == 1


@pytest.mark.parametrize("grant", GRANTS)
def test_no_secret_is_ever_printed(
    overlay: Any, auth_module: ModuleType, endpoint: TokenEndpoint, grant: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    auth = user_auth(auth_module, endpoint, **GRANTS[grant][0])
    with httpx.Client(base_url=endpoint.url, auth=auth) as client:
        response = client.get(f"/{BRAND}/api/task")
        # a server that echoes what it was sent: its explanation is kept, the credentials in it are masked
        echoed = " ".join(value for value in GRANTS[grant][1].values() if value in (PASSWORD, ASSERTION))
        description = f"Invalid application key. Received {APP_KEY} and {echoed}"
        body = {"error": "invalid_grant", "error_description": description}
        endpoint.token_status, endpoint.token_body = 400, json.dumps(body).encode()
        auth.invalidate()
        with pytest.raises(overlay("_errors").AuthenticationError) as caught:
            client.get(f"/{BRAND}/api/task")
    shown = [repr(auth), str(auth), repr(auth.token), repr(response.request), caplog.text]
    shown += [str(caught.value), repr(caught.value), repr(auth_module.AppKeyAuth(APP_KEY))]
    assert str(caught.value) == (
        f"token request to {endpoint.token_url} failed with HTTP 400: invalid_grant - "
        "Invalid application key. Received [redacted] and [redacted]"
    )
    for text in shown:
        for secret in (APP_KEY, PASSWORD, ASSERTION, endpoint.issued[0]):
            assert secret not in text


# --- the README quickstart, as written, against Prism (which also answers POST /token) ----------------

PME_APIS = [pytest.param(entry, id=entry.name) for entry in REGISTRY if entry.vendor == "planningpme"]


@pytest.mark.parametrize("entry", PME_APIS)
def test_quickstart_works_as_written(
    entry: Any, prism: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    recorder = point_connect_at(monkeypatch, entry, prism.url(entry))
    blocks = quickstart_blocks(entry)
    assert len(blocks) == 2  # sync and async
    for number, code in enumerate(blocks, start=1):
        run_block(code, f"{entry.name} #{number}")
    printed = capsys.readouterr().out
    assert printed.strip(), "the quickstart printed nothing"
    assert recorder.responses == 4  # per block: the token, then the list
    assert recorder.violations == []


# --- connect(): the same guarantees through the package's ApiClient ------------------------------------


@pytest.mark.parametrize("entry", PME_APIS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_connect_sends_app_key_and_token_and_renews_once_on_401(
    entry: Any, endpoint: TokenEndpoint, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    package = importlib.import_module(entry.package)
    list_tasks = importlib.import_module(f"{entry.package}.api.task.list_tasks")
    unauthorized = importlib.import_module(f"{entry.package}.lib._errors").UnauthorizedError
    endpoint.api_body = b'{"totalItems": 0, "items": []}'
    client = package.connect(
        brand=BRAND, app_key=APP_KEY, username="planner", password=PASSWORD, host=endpoint.url, language="it"
    )

    async def call() -> Any:
        if mode == "sync":
            return list_tasks.sync_detailed(client=client, page_size=5)
        return await list_tasks.asyncio_detailed(client=client, page_size=5)

    async with contextlib.AsyncExitStack() as stack:
        if mode == "sync":
            stack.enter_context(client)
        else:
            await stack.enter_async_context(client)
        assert (await call()).status_code == 200
        endpoint.revoke_all()
        assert (await call()).status_code == 200
        endpoint.reject_all = True
        with pytest.raises(unauthorized) as caught:
            await call()
    assert len(endpoint.token_requests) == 3
    assert {r.path for r in endpoint.token_requests} == {f"/{BRAND}/token"}
    assert endpoint.api_requests[0].path == f"/{BRAND}/api/task?pageSize=5"
    for received in [*endpoint.token_requests, *endpoint.api_requests]:
        assert received.headers["x-appkey"] == APP_KEY
        assert received.headers["accept-language"] == "it"
    for text in (str(caught.value), repr(caught.value), repr(client), caplog.text):
        for secret in (APP_KEY, PASSWORD, *endpoint.issued):
            assert secret not in text


@pytest.mark.parametrize("entry", PME_APIS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_token_endpoint_hiccup_is_retried_with_the_app_key_each_time(
    entry: Any, endpoint: TokenEndpoint, mode: str
) -> None:
    """``{brand}/token`` answering 503 then 502 is retried under the client's policy; the call succeeds."""
    package = importlib.import_module(entry.package)
    list_tasks = importlib.import_module(f"{entry.package}.api.task.list_tasks")
    endpoint.api_body = b'{"totalItems": 0, "items": []}'
    endpoint.token_failures = [503, 502]
    retry = instant_retry(package)
    client = package.connect(
        brand=BRAND, app_key=APP_KEY, username="planner", password=PASSWORD, host=endpoint.url, retry=retry
    )
    if mode == "sync":
        with client:
            assert list_tasks.sync_detailed(client=client).status_code == 200
    else:
        async with client:
            assert (await list_tasks.asyncio_detailed(client=client)).status_code == 200
    assert len(endpoint.token_requests) == 3
    assert all(received.headers["x-appkey"] == APP_KEY for received in endpoint.token_requests)
    assert len(endpoint.api_requests) == 1


@pytest.mark.parametrize("entry", PME_APIS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_app_key_operation_fetches_no_user_token(entry: Any, endpoint: TokenEndpoint, mode: str) -> None:
    """``getConfig`` declares the application key alone: with user credentials given, it is still sent with the
    key only, no token is fetched for it, and the next call that needs the user fetches one."""
    package = importlib.import_module(entry.package)
    get_config = importlib.import_module(f"{entry.package}.api.config.get_config")
    list_tasks = importlib.import_module(f"{entry.package}.api.task.list_tasks")
    endpoint.public_paths = {f"/{BRAND}/api/config"}
    endpoint.api_body = b'{"totalItems": 0, "items": []}'
    client = package.connect(brand=BRAND, app_key=APP_KEY, username="planner", password=PASSWORD, host=endpoint.url)
    async with contextlib.AsyncExitStack() as stack:
        if mode == "sync":
            stack.enter_context(client)
            assert get_config.sync_detailed(client=client).status_code == 200
            assert endpoint.token_requests == []
            assert list_tasks.sync_detailed(client=client).status_code == 200
        else:
            await stack.enter_async_context(client)
            assert (await get_config.asyncio_detailed(client=client)).status_code == 200
            assert endpoint.token_requests == []
            assert (await list_tasks.asyncio_detailed(client=client)).status_code == 200
    config, tasks = endpoint.api_requests
    assert config.headers["x-appkey"] == APP_KEY and "authorization" not in config.headers
    assert tasks.headers["authorization"] == f"Bearer {endpoint.issued[0]}"
    assert len(endpoint.token_requests) == 1
