"""Every client against hostile bodies and careless inputs, over real sockets, sync and async (issue 24).

Whatever a server sends (JSON nested 100,000 deep, numbers past any float, a gzip bomb, a gzip body cut before
its trailer, a token with a line break), every call, error body, later page and token answer ends in the
package's ``ApiError`` hierarchy with no secret in it, and memory stays within a small multiple of
``max_response_bytes``. A caller's bad value (a key with a trailing newline, a tenant name that would move the
host, a 1 MB id, a misspelt keyword) is refused before anything is sent, naming the argument, never its value.
A client used on both sides of ``os.fork()`` never shares a connection or a token lock with its parent.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import importlib
import json
import os
import threading
import tracemalloc
import warnings
import zlib
from typing import Any

import pytest

from specs._pipeline.registry import ApiEntry
from tests.conftest import paginated_operations
from tests.overlays.fault_server import Reply, Seen
from tests.vendors.paging import COUNT, ExamplePages, call_arguments, operation_module
from tests.vendors.test_hostile_servers import (
    ENTRIES,
    MODES,
    SECRETS,
    TOKEN_APIS,
    TOKEN_PATH,
    Servers,
    answer_tokens,
    call,
    call_of,
    connect,
    elapsed,
    first_get,
    operations,
    reachable_text,
    servers,
)

__all__ = ["servers"]

NESTED = b"[" * 100_000
"""Deeper than any recursive parser's stack."""
LIMIT = 1024 * 1024


def package_of(entry: ApiEntry) -> Any:
    return importlib.import_module(entry.package)


@functools.cache
def bomb(inflated: int) -> bytes:
    """A gzip body of zeros that inflates to ``inflated`` bytes (about a thousandth of that on the wire)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    chunk = bytes(1024 * 1024)
    parts = [compressor.compress(chunk) for _ in range(inflated // len(chunk))]
    return b"".join([*parts, compressor.flush()])


def gzipped(status: int, body: bytes) -> Reply:
    return Reply(status, body, headers={"Content-Encoding": "gzip"})


def no_secret_in(error: BaseException) -> None:
    texts = list(reachable_text(error))
    for secret in SECRETS:
        assert not [t for t in texts if secret in t], (type(error).__name__, secret)


# --- no exception escapes the hierarchy -----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_json_nested_too_deep_in_an_answer_or_an_error_body_ends_in_the_hierarchy(
    entry: ApiEntry, servers: Servers, mode: str
) -> None:
    """Before: a bare RecursionError from both (the parse paths caught only KeyError/TypeError/ValueError)."""
    package = package_of(entry)
    module, arguments = first_get(entry)
    servers.api.handler = answer_tokens(lambda seen: Reply(200, NESTED))
    _, error = elapsed(lambda: call(mode, connect(entry, servers), module, arguments))
    assert isinstance(error, package.MalformedResponseError), repr(error)
    assert isinstance(error.__cause__, RecursionError)
    servers.api.handler = answer_tokens(lambda seen: Reply(404, NESTED))
    _, error = elapsed(lambda: call(mode, connect(entry, servers), module, arguments))
    assert isinstance(error, package.NotFoundError), repr(error)
    assert error.body == NESTED.decode()  # kept as the text it is
    no_secret_in(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_later_page_nested_too_deep_ends_in_the_hierarchy(entry: ApiEntry, servers: Servers, mode: str) -> None:
    operation = paginated_operations(entry)[0]
    pages = ExamplePages(entry, operation, COUNT)
    served: list[Seen] = []

    def page_then_nested(seen: Seen) -> Reply:
        served.append(seen)
        return pages(seen) if len(served) == 1 else Reply(200, NESTED)

    servers.api.handler = answer_tokens(page_then_nested)
    client = connect(entry, servers, retry=False)
    module, arguments = operation_module(entry, operation), call_arguments(entry, operation)

    def sync_run() -> None:
        with client:
            list(client.paginate(module, **arguments))

    async def async_run() -> None:
        async with client:
            [item async for item in client.apaginate(module, **arguments)]

    _, error = elapsed(sync_run if mode == "sync" else lambda: asyncio.run(async_run()))
    assert isinstance(error, package_of(entry).MalformedResponseError), repr(error)
    assert len(served) >= 2  # the first page was fine: a later one broke


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 400])
@pytest.mark.parametrize("entry", TOKEN_APIS, ids=lambda e: e.name)
def test_a_token_answer_nested_too_deep_is_an_authentication_error(
    entry: ApiEntry, servers: Servers, status: int, mode: str
) -> None:
    servers.api.handler = lambda seen: Reply(status, NESTED) if seen.path == TOKEN_PATH else Reply(200, {})
    module, arguments = first_get(entry)
    _, error = elapsed(lambda: call(mode, connect(entry, servers, retry=False), module, arguments))
    assert isinstance(error, package_of(entry).AuthenticationError), repr(error)
    assert f"HTTP {status}" in str(error)
    no_secret_in(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", TOKEN_APIS, ids=lambda e: e.name)
def test_absurd_numbers_in_a_token_answer(entry: ApiEntry, servers: Servers, mode: str) -> None:
    """``expires_in`` of 1 and 400 zeros (before: OverflowError) is no lifetime; a 5,000-digit number, which
    Python's JSON parser refuses (before: a plain ValueError), is an answer that cannot be read."""
    module, arguments = first_get(entry)
    forever = b'{"access_token": "issued-access-token-9876", "token_type": "bearer", "expires_in": 1' + b"0" * 400
    servers.api.handler = lambda seen: Reply(200, forever + b"}") if seen.path == TOKEN_PATH else Reply(200, {})
    _, error = elapsed(lambda: call(mode, connect(entry, servers, retry=False), module, arguments))
    assert error is None or isinstance(error, package_of(entry).MalformedResponseError), repr(error)  # {} may not fit
    api_hits = [s for s in servers.api.hits() if s.path != TOKEN_PATH]
    assert api_hits and api_hits[0].headers["authorization"] == "Bearer issued-access-token-9876"
    long_number = b'{"access_token": "issued-access-token-9876", "expires_in": ' + b"7" * 5000 + b"}"
    servers.api.handler = lambda seen: Reply(200, long_number) if seen.path == TOKEN_PATH else Reply(200, {})
    _, error = elapsed(lambda: call(mode, connect(entry, servers, retry=False), module, arguments))
    assert isinstance(error, package_of(entry).AuthenticationError), repr(error)
    assert "not JSON that can be read" in str(error)
    no_secret_in(error)


# --- bounded bodies -------------------------------------------------------------------------------------


def peak_of(action: Any) -> tuple[int, BaseException | None]:
    """The most memory Python held (traced allocations) while ``action`` ran, and what it raised."""
    tracemalloc.start()
    try:
        _, error = elapsed(action)
        return tracemalloc.get_traced_memory()[1], error
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", ["answer", "error body"])
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_gzip_bomb_is_refused_while_it_inflates(entry: ApiEntry, servers: Servers, where: str, mode: str) -> None:
    """32 KiB of gzip that inflates to 32 MiB, with ``max_response_bytes`` of 1 MiB: refused with the limit
    named, memory within a few times the limit (before: the whole 32 MiB read, and more)."""
    status = 200 if where == "answer" else 500
    servers.api.handler = answer_tokens(lambda seen: gzipped(status, bomb(32 * LIMIT)))
    module, arguments = first_get(entry)
    client = connect(entry, servers, retry=False, max_response_bytes=LIMIT)
    peak, error = peak_of(lambda: call(mode, client, module, arguments))
    package = package_of(entry)
    assert isinstance(error, package.ResponseTooLargeError), repr(error)
    assert isinstance(error, package.MalformedResponseError)
    assert error.limit == LIMIT and error.status == status
    assert f"max_response_bytes={LIMIT}" in str(error)
    assert peak < 4 * LIMIT, peak
    no_secret_in(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", TOKEN_APIS, ids=lambda e: e.name)
def test_a_gzip_bomb_from_the_token_endpoint_is_refused(entry: ApiEntry, servers: Servers, mode: str) -> None:
    servers.api.handler = lambda seen: gzipped(200, bomb(32 * LIMIT)) if seen.path == TOKEN_PATH else Reply(200, {})
    module, arguments = first_get(entry)
    client = connect(entry, servers, retry=False, max_response_bytes=LIMIT)
    peak, error = peak_of(lambda: call(mode, client, module, arguments))
    assert isinstance(error, package_of(entry).ResponseTooLargeError), repr(error)
    assert TOKEN_PATH in str(error)
    assert peak < 4 * LIMIT, peak
    no_secret_in(error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_the_default_limit_refuses_a_bomb_and_a_plain_body_above_it(
    entry: ApiEntry, servers: Servers, mode: str
) -> None:
    package = package_of(entry)
    default = package.DEFAULT_MAX_RESPONSE_BYTES
    assert default == 64 * 1024 * 1024  # what the READMEs say
    module, arguments = first_get(entry)
    servers.api.handler = answer_tokens(lambda seen: gzipped(200, bomb(default + LIMIT)))
    _, error = elapsed(lambda: call(mode, connect(entry, servers), module, arguments))
    assert isinstance(error, package.ResponseTooLargeError) and error.limit == default, repr(error)
    plain = b" " * (2 * LIMIT)  # announced by its Content-Length: refused with the first chunk
    servers.api.handler = answer_tokens(lambda seen: Reply(200, plain))
    _, error = elapsed(lambda: call(mode, connect(entry, servers, max_response_bytes=LIMIT), module, arguments))
    assert isinstance(error, package.ResponseTooLargeError) and error.limit == LIMIT, repr(error)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_streamed_body_is_refused_at_the_limit_sync_and_async(entry: ApiEntry, servers: Servers) -> None:
    servers.api.handler = answer_tokens(lambda seen: gzipped(200, bomb(8 * LIMIT)))
    package = package_of(entry)
    module, arguments = first_get(entry)
    path = module._get_kwargs(**arguments)["url"]
    client = connect(entry, servers, max_response_bytes=LIMIT)
    received = 0
    with (
        client,
        client.get_httpx_client().stream("GET", path) as response,
        pytest.raises(package.ResponseTooLargeError, match="max_response_bytes"),
    ):
        for chunk in response.iter_bytes():
            received += len(chunk)
    assert LIMIT - 65536 <= received <= LIMIT  # what came before the limit was handed out, nothing past it

    async def run() -> None:
        async with client, client.get_async_httpx_client().stream("GET", path) as response:
            async for _ in response.aiter_bytes():
                pass

    with pytest.raises(package.ResponseTooLargeError):
        asyncio.run(run())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_gzip_body_cut_before_its_trailer_is_an_error(entry: ApiEntry, servers: Servers, mode: str) -> None:
    """The whole JSON arrived, but not the gzip trailer (its checksum and length): before, it was accepted."""
    cut = gzip.compress(json.dumps({"data": []}).encode())[:-8]
    servers.api.handler = answer_tokens(lambda seen: gzipped(200, cut))  # Content-Length: the cut length
    module, arguments = first_get(entry)
    _, error = elapsed(lambda: call(mode, connect(entry, servers, retry=False), module, arguments))
    assert isinstance(error, package_of(entry).MalformedResponseError), repr(error)
    assert "cut short" in str(error)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_gzip_and_deflate_bodies_within_the_limit_still_parse(entry: ApiEntry, servers: Servers) -> None:
    """The client inflates them itself now: a complete body, gzip (two members) or deflate (with or without its
    zlib header), arrives whole."""
    body = json.dumps({"title": "nothing here", "padding": "x" * 200_000}).encode()
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    encodings = [
        ("gzip", gzip.compress(body[:1000]) + gzip.compress(body[1000:])),
        ("deflate", zlib.compress(body)),
        ("deflate", raw.compress(body) + raw.flush()),
    ]
    module, arguments = first_get(entry)
    package = package_of(entry)
    for coding, payload in encodings:
        servers.api.handler = answer_tokens(
            lambda seen, p=payload, c=coding: Reply(404, p, headers={"Content-Encoding": c})
        )
        _, error = elapsed(lambda: call("sync", connect(entry, servers), module, arguments))
        assert isinstance(error, package.NotFoundError), repr(error)
        assert error.content == body


# --- secrets validated where they enter --------------------------------------------------------------------


BROKEN = ["\n", "\r\n", "\0", "\r\nX-Injected: 1"]


CREDENTIALS = {
    "optiflow": {"client_id": "hostile-client", "client_secret": SECRETS[0]},
    "planningpme": {"brand": "acme", "app_key": SECRETS[1], "username": "planner", "password": SECRETS[2]},
    "booqable": {"company": "acme", "token": SECRETS[3]},
}
"""What each vendor's ``connect`` takes as credentials (the same values as test_hostile_servers.py's)."""


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_credential_with_a_line_break_is_refused_by_connect_naming_the_argument(
    entry: ApiEntry, servers: Servers
) -> None:
    """Before: accepted, then a ConnectionError (which callers retry) quoting the key in its text and causes."""
    credentials = CREDENTIALS[entry.vendor]
    package = package_of(entry)
    for name, good in credentials.items():
        if name in ("brand", "company"):
            continue
        for tail in BROKEN:
            given = {**credentials, name: good + tail}
            with pytest.raises(ValueError, match=f"^connect: {name} contains a line break") as caught:
                package.connect(base_url=servers.api.url, **given)
            assert not isinstance(caught.value, ConnectionError)
            assert good not in str(caught.value) and caught.value.__cause__ is None
    with pytest.raises(ValueError, match=r"headers\['X-Trace'\] contains a line break") as caught:
        connect(entry, servers, headers={"X-Trace": "abc\r\nX-Evil: 1"})
    assert "abc" not in str(caught.value)
    assert servers.api.hits() == []  # nothing was sent


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_header_broken_after_connect_is_refused_without_its_value(
    entry: ApiEntry, servers: Servers, mode: str
) -> None:
    """A key header set on the httpx client by hand with a newline: not a ConnectionError quoting the key (as
    before), and the value is nowhere in the error."""
    servers.api.handler = answer_tokens(lambda seen: Reply(200, {}))
    module, arguments = first_get(entry)
    client = connect(entry, servers, retry=False)
    secret = SECRETS[3]
    (client.get_httpx_client() if mode == "sync" else client.get_async_httpx_client()).headers["X-API-Key"] = (
        secret + "\n"
    )
    _, error = elapsed(lambda: call(mode, client, module, arguments))
    package = package_of(entry)
    assert isinstance(error, package.InvalidRequestError) and isinstance(error, ValueError), repr(error)
    assert not isinstance(error, ConnectionError)
    assert not [t for t in reachable_text(error) if secret in t]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", TOKEN_APIS, ids=lambda e: e.name)
def test_a_token_endpoint_that_issues_a_token_with_a_line_break_is_refused(
    entry: ApiEntry, servers: Servers, mode: str
) -> None:
    issued = "issued-access-token-9876\r\nX-Evil: 1"
    servers.api.handler = lambda seen: (
        Reply(200, {"access_token": issued, "expires_in": 300}) if seen.path == TOKEN_PATH else Reply(200, {})
    )
    module, arguments = first_get(entry)
    _, error = elapsed(lambda: call(mode, connect(entry, servers, retry=False), module, arguments))
    assert isinstance(error, package_of(entry).AuthenticationError), repr(error)
    assert "access_token it issued contains a line break" in str(error)
    assert servers.api.hits() == servers.api.hits(TOKEN_PATH)  # the token was never sent
    no_secret_in(error)


# --- tenant names cannot move a request -----------------------------------------------------------------


TENANTS = ["evil.invalid/", "evil.invalid#", "evil.invalid?", "acme:443/x", "x@evil.invalid/", "a/b", "../evil", ""]


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.vendor == "booqable"], ids=lambda e: e.name)
def test_a_booqable_company_that_is_not_one_dns_label_is_refused(entry: ApiEntry) -> None:
    """Before: ``company="evil.invalid/"`` made the base URL's host ``evil.invalid``."""
    package = package_of(entry)
    for company in [*TENANTS, "evil.invalid", "-acme", "a" * 64]:
        with pytest.raises(ValueError, match=r"^company must be one DNS label") as caught:
            package.connect(company=company, token="t")
        assert "\n" not in str(caught.value)
    client = package.connect(company="acme-rentals2", token="t")
    assert str(client.get_httpx_client().base_url) == "https://acme-rentals2.booqable.com/api/boomerang/"


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.vendor == "planningpme"], ids=lambda e: e.name)
def test_a_planningpme_brand_that_is_not_one_path_segment_is_refused(entry: ApiEntry) -> None:
    """Before: ``brand="../evil"`` sent the key and password to another brand's endpoints."""
    package = package_of(entry)
    for brand in [*TENANTS, ".", "..", "a b"]:
        with pytest.raises(ValueError, match=r"^brand must be one path segment"):
            package.connect(brand=brand, app_key="k")
    with pytest.raises(ValueError, match=r"^host must be one of 'api\.planningpme\.com', 'try\.planningpme\.com'"):
        package.connect(brand="acme", app_key="k", host="evil.invalid")
    client = package.connect(brand="acme_2.x", app_key="k", host="try.planningpme.com")
    assert str(client.get_httpx_client().base_url) == "https://try.planningpme.com/acme_2.x/"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if operations(e, lambda i: "{" in i["path"])], ids=lambda e: e.name
)
def test_an_over_long_path_id_is_refused_before_sending(entry: ApiEntry, servers: Servers, mode: str) -> None:
    """Before: a bare ``httpx.InvalidURL("URL too long")``."""
    (_, info), *_ = operations(entry, lambda i: "{" in i["path"])
    module, arguments = call_of(entry, info)
    name = next(p["python_name"] for p in info["parameters"] if p["in"] == "path")
    _, error = elapsed(lambda: call(mode, connect(entry, servers), module, {**arguments, name: "7" * 1_000_000}))
    assert isinstance(error, package_of(entry).InvalidRequestError) and isinstance(error, ValueError), repr(error)
    assert f"path parameter {name!r} is 1000000 characters long" in str(error)
    assert servers.api.hits() == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_url_too_long_is_refused_as_a_typed_error(entry: ApiEntry, servers: Servers, mode: str) -> None:
    """A query value past httpx's URL limit. Before: a bare ``httpx.InvalidURL`` out of ``build_request``."""
    client = connect(entry, servers)
    params = {"q": "7" * 70_000}

    def sync_run() -> None:
        with client:
            client.get_httpx_client().get("/anything", params=params)

    async def async_run() -> None:
        async with client:
            await client.get_async_httpx_client().get("/anything", params=params)

    _, error = elapsed(sync_run if mode == "sync" else lambda: asyncio.run(async_run()))
    assert isinstance(error, package_of(entry).InvalidRequestError), repr(error)
    assert "GET request refused before sending: URL component 'query' too long" in str(error)
    assert servers.api.hits() == []


# --- connect and with_options check their keywords --------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_misspelt_keyword_fails_at_once_with_the_closest_name(entry: ApiEntry, servers: Servers) -> None:
    """Before: ``connect(timout=5)`` failed only at the first call; ``with_options(max_retrys=8)`` with
    ``RetryPolicy.__init__() got an unexpected keyword argument``."""
    with pytest.raises(
        TypeError, match=r"^connect\(\) got an unexpected keyword argument 'timout'; did you mean 'timeout'\?$"
    ):
        connect(entry, servers, timout=5)
    with pytest.raises(TypeError, match="did you mean 'max_response_bytes'"):
        connect(entry, servers, max_response_byte=10)
    client = connect(entry, servers)
    with pytest.raises(
        TypeError,
        match=r"with_options\(\) got an unexpected keyword argument 'max_retrys'; did you mean 'max_retries'\?",
    ):
        client.with_options(max_retrys=8)
    assert client.with_options(max_retries=8).retry_policy.max_retries == 8
    with pytest.raises(TypeError, match="did you mean 'backoff'"):
        client.retry_policy.replace(backof=1.0)


def test_the_retry_changes_are_the_fields_of_the_retry_policy() -> None:
    import dataclasses

    package = package_of(ENTRIES[0])
    fields = {f.name for f in dataclasses.fields(package.RetryPolicy)}
    assert set(package.RetryChanges.__optional_keys__) == fields


# --- fork safety ------------------------------------------------------------------------------------------


def _fork(child: Any) -> int:
    """Run ``child()`` in a forked process; its exit status (0: it returned True)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: forking a process with threads
        pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status only
        try:
            os._exit(0 if child() else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_a_child_after_fork_opens_its_own_connection(entry: ApiEntry, servers: Servers, mode: str) -> None:
    """Before: the child sent its request on the parent's pooled socket (the server saw the parent's port), so
    both processes calling at once could read each other's answers."""
    servers.api.handler = answer_tokens(lambda seen: Reply(200, {}))
    module, arguments = first_get(entry)
    client = connect(entry, servers, retry=False, event_hooks=_port_hooks(mode))

    def one() -> None:
        with contextlib.suppress(package_of(entry).MalformedResponseError):  # the connection is what counts
            if mode == "sync":
                module.sync_detailed(client=client, **arguments)
            else:
                asyncio.run(module.asyncio_detailed(client=client, **arguments))

    one()
    parent_ports = set(_PORTS)

    def child() -> bool:
        start = len(_PORTS)
        one()
        return bool(_PORTS[start:]) and not set(_PORTS[start:]) & parent_ports

    assert _fork(child) == 0
    if mode == "sync":
        one()  # the parent's pool still works after the child went its own way
        assert _PORTS[-1] in parent_ports


_PORTS: list[int] = []
"""The local ports the client's requests went out from (in this process)."""


def _port_hooks(mode: str) -> dict[str, list[Any]]:
    def record(response: Any) -> None:
        stream = response.extensions.get("network_stream")
        if stream is not None:
            _PORTS.append(stream.get_extra_info("client_addr")[1])

    async def arecord(response: Any) -> None:
        record(response)

    return {"response": [record if mode == "sync" else arecord]}


@pytest.mark.parametrize("entry", TOKEN_APIS, ids=lambda e: e.name)
def test_a_child_after_fork_does_not_wait_for_the_parents_token_lock(entry: ApiEntry, servers: Servers) -> None:
    """A parent thread is fetching a token (holding the lock) when the process forks: the child fetches its
    own. Before: it waited for a lock nobody in the child would release, until its timeout."""
    release, fetching = threading.Event(), threading.Event()
    fetches: list[Seen] = []

    def handler(seen: Seen) -> Reply:
        if seen.path != TOKEN_PATH:
            return Reply(200, {})
        fetches.append(seen)
        if len(fetches) == 1:
            fetching.set()
            return Reply(200, {"access_token": "issued-access-token-9876", "expires_in": 300}, hold=release)
        return Reply(200, {"access_token": "issued-access-token-9876", "expires_in": 300})

    servers.api.handler = handler
    module, arguments = first_get(entry)
    client = connect(entry, servers, retry=False, timeout=2)
    package = package_of(entry)

    def one() -> bool:
        with contextlib.suppress(package.MalformedResponseError):  # the empty body may not fit the model
            module.sync_detailed(client=client, **arguments)
        return True

    worker = threading.Thread(target=one)
    worker.start()
    try:
        assert fetching.wait(5)
        assert _fork(one) == 0  # a TimeoutError in the child would exit 2
    finally:
        release.set()
        worker.join(5)
    assert len(fetches) == 2
