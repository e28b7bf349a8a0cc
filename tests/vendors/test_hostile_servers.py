"""Every client against servers that misbehave and callers that pass hostile values, over real sockets.

One test per case of "Clients that cannot be fooled", each for every API that has the case, sync and async:
a token endpoint that never answers, an API that never answers, a body dripped one byte at a time, path
parameters such as ``..``, redirects to another origin (from the API and from the token endpoint), errors
that must not keep a secret in any attribute, and a ``RetryPolicy`` that every request obeys.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import importlib
import inspect
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import REGISTRY, spec_document
from tests.harness.calls import build_arguments
from tests.overlays.fault_server import FaultServer, Reply, Seen, serve

CLIENT_ID, CLIENT_SECRET = "hostile-client", "s3cret-Client-Secret-42"
APP_KEY, PASSWORD = "app-key-0123456789abcdef", "pme-Pass-word-42"
BOOQABLE_TOKEN = "booqable-access-t0ken-42"
ISSUED = "issued-access-token-9876"
SECRETS = [
    CLIENT_SECRET,
    APP_KEY,
    PASSWORD,
    BOOQABLE_TOKEN,
    ISSUED,
    base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode(),
]
TOKEN_PATH = "/oauth/token"
HOSTILE = [".", "..", "...", "a/b", "../up", "?page=2", "#top", "100%", "%2e%2e", "é ü", "日本"]

ENTRIES = list(REGISTRY)
TOKEN_APIS = [e for e in ENTRIES if e.vendor in ("optiflow", "planningpme")]


@dataclass
class Servers:
    """The API (with its token endpoint) on one origin, and a second origin a redirect may point to."""

    api: FaultServer
    other: FaultServer

    @property
    def token_url(self) -> str:
        return self.api.url + TOKEN_PATH


@pytest.fixture
def servers() -> Iterator[Servers]:
    with serve() as api, serve() as other:
        api.handler = answer_tokens(lambda seen: Reply(404, {"title": "nothing here"}))
        other.handler = lambda seen: Reply(200, {})
        yield Servers(api, other)


def answer_tokens(api: Callable[[Seen], Reply]) -> Callable[[Seen], Reply]:
    """Issue a token on the token path; everything else is the API."""

    def handler(seen: Seen) -> Reply:
        if seen.path == TOKEN_PATH:
            return Reply(200, {"access_token": ISSUED, "token_type": "bearer", "expires_in": 300})
        return api(seen)

    return handler


def connect(entry: ApiEntry, servers: Servers, **options: Any) -> Any:
    """The package's own ``connect`` pointed at the loopback servers, with credentials for every vendor."""
    package = importlib.import_module(entry.package)
    url = servers.api.url
    if entry.vendor == "optiflow":
        return package.connect(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=url, token_url=servers.token_url, **options
        )
    if entry.vendor == "planningpme":
        return package.connect(
            brand="acme",
            app_key=APP_KEY,
            username="planner",
            password=PASSWORD,
            base_url=url,
            token_url=servers.token_url,
            **options,
        )
    return package.connect(company="acme", token=BOOQABLE_TOKEN, base_url=url, **options)


def operations(entry: ApiEntry, where: Callable[[dict[str, Any]], bool]) -> list[tuple[str, dict[str, Any]]]:
    spec = importlib.import_module(f"{entry.package}._spec")
    return [(name, info) for name, info in sorted(spec.OPERATIONS.items()) if where(info)]


def first_get(entry: ApiEntry) -> tuple[ModuleType, dict[str, Any]]:
    """A GET operation without path parameters, with valid arguments, that takes the API's usual credentials
    (an operation with security of its own, like PlanningPME's configuration, fetches no token)."""
    _, info = operations(entry, lambda i: i["method"] == "GET" and "{" not in i["path"] and i["security"] is None)[0]
    return call_of(entry, info)


def call_of(entry: ApiEntry, info: dict[str, Any]) -> tuple[ModuleType, dict[str, Any]]:
    module = importlib.import_module(f"{entry.package}.{info['module']}")
    return module, build_arguments(spec_document(entry), entry.package, info)


def call(mode: str, client: Any, module: ModuleType, arguments: dict[str, Any]) -> Any:
    """Run one operation in the given mode, inside the client's block (sync, or a fresh event loop)."""
    if mode == "sync":
        with client:
            return module.sync_detailed(client=client, **arguments)

    async def run() -> Any:
        async with client:
            return await module.asyncio_detailed(client=client, **arguments)

    return asyncio.run(run())


def elapsed(action: Callable[[], Any]) -> tuple[float, BaseException | None]:
    start = time.monotonic()
    try:
        action()
    except Exception as exc:
        return time.monotonic() - start, exc
    return time.monotonic() - start, None


MODES = ["sync", "async"]


# --- deadlines ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", TOKEN_APIS, ids=lambda e: e.name)
def test_a_token_endpoint_that_never_answers_cannot_hold_the_call(entry: ApiEntry, servers: Servers, mode: str) -> None:
    """Four concurrent calls: one fetches the token and waits for it, three wait for the single-flight lock;
    all four end at their own deadline (before: for ever) with a TimeoutError that names the limit."""
    release = threading.Event()
    servers.api.handler = lambda seen: Reply(200, {}, hold=release) if seen.path == TOKEN_PATH else Reply(200, {})
    package = importlib.import_module(entry.package)
    module, arguments = first_get(entry)
    try:
        if mode == "sync":
            with connect(entry, servers, timeout=0.5) as client:
                results: list[tuple[float, BaseException | None]] = []
                workers = [
                    threading.Thread(
                        target=lambda: results.append(elapsed(lambda: module.sync(client=client, **arguments)))
                    )
                    for _ in range(4)
                ]
                for worker in workers:
                    worker.start()
                for worker in workers:
                    worker.join(10)
        else:

            async def gather() -> list[tuple[float, BaseException | None]]:
                async with connect(entry, servers, timeout=0.5) as client:

                    async def one() -> tuple[float, BaseException | None]:
                        start = time.monotonic()
                        try:
                            await module.asyncio(client=client, **arguments)
                        except Exception as exc:
                            return time.monotonic() - start, exc
                        return time.monotonic() - start, None

                    return list(await asyncio.gather(*(one() for _ in range(4))))

            results = asyncio.run(gather())
    finally:
        release.set()
    assert len(results) == 4
    for seconds, error in results:
        assert isinstance(error, package.TimeoutError), error
        assert error.limit == "call"
        assert "0.5 s timeout ran out" in str(error)
        assert seconds < 1.2
    # a waiter with time left when the first fetch gives up may try once more, within its own deadline
    assert 1 <= len(servers.api.hits(TOKEN_PATH)) <= 4
    assert servers.api.hits() == servers.api.hits(TOKEN_PATH)  # no API request went out without a token


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_an_api_that_never_answers_is_bounded_by_the_timeout_retries_included(
    entry: ApiEntry, servers: Servers, mode: str
) -> None:
    release = threading.Event()
    servers.api.handler = answer_tokens(lambda seen: Reply(200, {}, hold=release))
    package = importlib.import_module(entry.package)
    module, arguments = first_get(entry)
    client = connect(entry, servers, timeout=0.6)  # the default RetryPolicy: up to 3 retries of a GET
    assert connect(entry, servers).get_httpx_client().call_limit == 30.0  # what the default promises
    try:
        seconds, error = elapsed(lambda: call(mode, client, module, arguments))
    finally:
        release.set()
    assert isinstance(error, package.TimeoutError), error
    assert error.limit == "call"
    assert seconds < 1.2
    assert len([s for s in servers.api.hits() if s.path != TOKEN_PATH]) == 1  # no time was left for a retry


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_body_dripped_byte_by_byte_cannot_outlast_the_timeout(entry: ApiEntry, servers: Servers, mode: str) -> None:
    servers.api.handler = answer_tokens(lambda seen: Reply(200, {"data": [], "padding": "x" * 200}, drip=0.05))
    package = importlib.import_module(entry.package)
    module, arguments = first_get(entry)
    seconds, error = elapsed(lambda: call(mode, connect(entry, servers, timeout=0.5), module, arguments))
    assert isinstance(error, package.TimeoutError), error
    assert error.limit == "call"
    assert seconds < 1.0  # each byte came within the read timeout: only the whole-call deadline stops it


# --- paths ----------------------------------------------------------------------------------------------


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_every_path_parameter_arrives_as_one_literal_segment(entry: ApiEntry, servers: Servers) -> None:
    """For every operation with path parameters: ``.``, ``..``, ``/``, ``?``, ``#``, ``%`` and non-ASCII values
    reach the server as exactly the one segment they were given, under the resource they were meant for."""
    with_params = operations(entry, lambda info: "{" in info["path"])
    assert with_params
    package = importlib.import_module(entry.package)
    with connect(entry, servers, retry=False) as client:
        prefix = _segments(httpx.URL(str(client.get_httpx_client().base_url)).path)
        prefix = [s for s in prefix if s]
        for _, info in with_params:
            module, arguments = call_of(entry, info)
            names = {p["name"]: p["python_name"] for p in info["parameters"] if p["in"] == "path"}
            template = _segments(info["path"])
            for value in HOSTILE:
                servers.api.requests.clear()
                for python_name in names.values():
                    arguments[python_name] = value
                with pytest.raises(package.ApiError):
                    module.sync_detailed(client=client, **arguments)
                (seen,) = [s for s in servers.api.hits() if s.path != TOKEN_PATH]
                got = _segments(seen.path)
                assert got[: len(prefix)] == prefix, (info["path"], value, seen.path)
                assert len(got) == len(prefix) + len(template), (info["path"], value, seen.path)
                for want, raw in zip(template, got[len(prefix) :], strict=True):
                    assert unquote(raw) == (value if want.startswith("{") else want), (info["path"], value, raw)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_path_parameters_are_literal_in_async_calls_too_and_an_empty_one_is_refused(
    entry: ApiEntry, servers: Servers
) -> None:
    (_, info), *_ = operations(entry, lambda i: "{" in i["path"])
    module, arguments = call_of(entry, info)
    name = next(p["python_name"] for p in info["parameters"] if p["in"] == "path")
    package = importlib.import_module(entry.package)

    async def run() -> None:
        async with connect(entry, servers, retry=False) as client:
            for value in ("..", "a/b"):
                with pytest.raises(package.NotFoundError):
                    await module.asyncio_detailed(client=client, **{**arguments, name: value})
            with pytest.raises(ValueError, match="is empty"):
                await module.asyncio_detailed(client=client, **{**arguments, name: ""})  # the empty id never leaves

    asyncio.run(run())
    position = _segments(info["path"]).index(next(s for s in _segments(info["path"]) if s.startswith("{")))
    hits = [_segments(s.path) for s in servers.api.hits() if s.path != TOKEN_PATH]
    seen = [unquote(segments[len(segments) - len(_segments(info["path"])) + position]) for segments in hits]
    assert seen == ["..", "a/b"]


# --- credentials stay home ------------------------------------------------------------------------------


def _has_credential(seen: Seen) -> list[str]:
    found = [name for name in ("authorization", "x-appkey") if name in seen.headers]
    found += [s for s in SECRETS if s.encode() in seen.body or any(s in v for v in seen.headers.values())]
    return found


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_redirect_to_another_origin_carries_no_credential(entry: ApiEntry, servers: Servers, mode: str) -> None:
    """``follow_redirects=True``: the redirect is followed, but Authorization, X-APPKEY and secrets stay home,
    also when the other origin answers 503 and the request is retried there."""
    answers = iter([Reply(503, {"title": "busy"})])
    servers.other.handler = lambda seen: next(answers, None) or Reply(200, {})
    servers.api.handler = answer_tokens(
        lambda seen: Reply(307, None, headers={"Location": servers.other.url + seen.path})
    )
    module, arguments = first_get(entry)
    client = connect(entry, servers, follow_redirects=True, retry=instant_retry(entry))
    try:
        call(mode, client, module, arguments)
    except Exception as exc:  # the other origin's empty body may not parse as the documented model
        assert isinstance(exc, importlib.import_module(entry.package).MalformedResponseError), exc
    api_hits = [s for s in servers.api.hits() if s.path != TOKEN_PATH]
    assert api_hits and "authorization" in api_hits[0].headers  # the home origin got the credentials
    assert len(servers.other.hits()) == 2  # the redirect was followed, and retried after the 503
    for seen in servers.other.hits():
        assert _has_credential(seen) == [], seen.headers


def instant_retry(entry: ApiEntry, **changes: Any) -> Any:
    async def no_wait(seconds: float) -> None:
        pass

    package = importlib.import_module(entry.package)
    return package.RetryPolicy(sleep=lambda seconds: None, async_sleep=no_wait, **changes)


TOKEN_FORMS = [(e, {}) for e in TOKEN_APIS] + [
    (e, {"credentials_in_body": True}) for e in TOKEN_APIS if e.vendor == "optiflow"
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize(
    ("entry", "extra"), TOKEN_FORMS, ids=[f"{e.name}{'-in-body' if x else ''}" for e, x in TOKEN_FORMS]
)
def test_a_token_request_never_follows_a_redirect(
    entry: ApiEntry, extra: dict[str, Any], status: int, servers: Servers, mode: str
) -> None:
    """A 307/308 keeps the form body (client secret, password): it is not followed, whatever the settings."""
    servers.api.handler = lambda seen: (
        Reply(status, None, headers={"Location": servers.other.url + TOKEN_PATH})
        if seen.path == TOKEN_PATH
        else Reply(200, {})
    )
    package = importlib.import_module(entry.package)
    module, arguments = first_get(entry)
    client = connect(entry, servers, follow_redirects=True, retry=instant_retry(entry), **extra)
    _, error = elapsed(lambda: call(mode, client, module, arguments))
    assert isinstance(error, package.AuthenticationError), error
    assert "never follow redirects" in str(error)
    assert servers.other.hits() == []
    assert [s.path for s in servers.api.hits()] == [TOKEN_PATH]


# --- errors keep no secret --------------------------------------------------------------------------------


def reachable_text(root: object, depth: int = 6) -> Iterator[str]:
    """Every string a user can reach from ``root`` through attributes, requests, responses and causes."""
    seen: set[int] = set()
    stack: list[tuple[object, int]] = [(root, 0)]
    while stack:
        value, level = stack.pop()
        if id(value) in seen or level > depth:
            continue
        seen.add(id(value))
        children: list[object] = []
        if isinstance(value, str):
            yield value
        elif isinstance(value, bytes | bytearray):
            yield bytes(value).decode("utf-8", "replace")
        elif isinstance(value, httpx.Request):
            yield str(value.url)
            children += [list(value.headers.multi_items()), value.extensions]
            with contextlib.suppress(httpx.RequestNotRead):
                children.append(value.content)
        elif isinstance(value, httpx.Response):
            children += [value.headers.multi_items(), value.content, value.history]
            with contextlib.suppress(RuntimeError):  # a response built by hand has no request
                children.append(value.request)
        elif isinstance(value, dict):
            children += [*value.keys(), *value.values()]
        elif isinstance(value, list | tuple | set | frozenset):
            children += list(value)
        elif isinstance(value, BaseException):
            children += [value.args, value.__cause__, value.__context__, vars(value), str(value), repr(value)]
        elif hasattr(value, "__dict__") and not inspect.ismodule(value) and not callable(value):
            children.append(vars(value))
        stack += [(child, level + 1) for child in children if child is not None]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", TOKEN_APIS, ids=lambda e: e.name)
def test_an_authentication_error_keeps_no_secret_anywhere(entry: ApiEntry, servers: Servers, mode: str) -> None:
    servers.api.handler = lambda seen: Reply(400, {"error": "invalid_grant"})
    package = importlib.import_module(entry.package)
    module, arguments = first_get(entry)
    _, error = elapsed(lambda: call(mode, connect(entry, servers, retry=False), module, arguments))
    assert isinstance(error, package.AuthenticationError), error
    assert error.request is not None and error.response is not None
    assert error.response.request.method == "POST"  # still useful: what was asked, where, what came back
    assert error.response.status_code == 400
    texts = list(reachable_text(error))
    for secret in SECRETS:
        assert not [t for t in texts if secret in t], secret


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_api_and_network_errors_keep_no_secret_anywhere(entry: ApiEntry, servers: Servers, mode: str) -> None:
    package = importlib.import_module(entry.package)
    module, arguments = first_get(entry)
    _, not_found = elapsed(lambda: call(mode, connect(entry, servers, retry=False), module, arguments))
    assert isinstance(not_found, package.NotFoundError), not_found
    servers.api.handler = answer_tokens(lambda seen: Reply(drop=True))
    _, dropped = elapsed(lambda: call(mode, connect(entry, servers, retry=False), module, arguments))
    assert isinstance(dropped, package.ConnectionError), dropped
    for error in (not_found, dropped):
        assert error.request is not None and error.request.headers.get("authorization") == "[redacted]"
        texts = list(reachable_text(error))
        for secret in SECRETS:
            assert not [t for t in texts if secret in t], (type(error).__name__, secret)


# --- one place decides retry safety -----------------------------------------------------------------------


def _unsafe(info: dict[str, Any]) -> bool:
    return info["method"] in ("PUT", "DELETE") and not info.get("repeatable", False)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", [e for e in ENTRIES if operations(e, _unsafe)], ids=lambda e: e.name)
def test_a_retry_policy_limited_to_get_is_obeyed_by_generated_operations(
    entry: ApiEntry, servers: Servers, mode: str
) -> None:
    """``RetryPolicy(methods={"GET"})``: a PUT or DELETE that gets 503 is sent once; a GET is still retried."""
    servers.api.handler = answer_tokens(lambda seen: Reply(503, {"title": "busy"}))
    package = importlib.import_module(entry.package)
    (_, info), *_ = operations(entry, _unsafe)
    only_get = instant_retry(entry, methods=frozenset({"GET"}))
    for module, arguments, attempts in (
        (*call_of(entry, info), 1),
        (*first_get(entry), 4),
    ):
        servers.api.requests.clear()
        _, error = elapsed(lambda m=module, a=arguments: call(mode, connect(entry, servers, retry=only_get), m, a))
        assert isinstance(error, package.ServerError), error
        assert len([s for s in servers.api.hits() if s.path != TOKEN_PATH]) == attempts
