"""The fifth API: ``tests/fifth/crew-rota/`` holds an ``api.toml`` and a spec and nothing else, and its package
still has ``connect(api_key=...)``, the typed resource client, page-number paging, retries and typed errors,
all from the common overlay set. Run against real servers on 127.0.0.1, sync and async.

The credential rules hold for the generic auth as for the vendors': an API key header named by the spec never
follows a redirect to another origin and never stays in an error, nor does a key sent as a query parameter,
an HTTP Basic password or a bearer token.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conftest import ROOT, PrismServers
from tests.fixture_apis import FIXTURE_APIS, generate_fixture, package_dir
from tests.overlays.fault_server import FaultServer, Reply, Seen, serve
from tests.quickstart import point_connect_at, quickstart_blocks, run_block
from tests.vendors.test_hostile_servers import reachable_text

(ENTRY,) = FIXTURE_APIS
generate_fixture(ENTRY)
API_KEY = "rota-Key-0123456789"
PASSWORD = "basic-Pass-word-77"
TOKEN = "bearer-t0ken-4242"
SECRETS = [API_KEY, PASSWORD, TOKEN, base64.b64encode(f"planner:{PASSWORD}".encode()).decode()]
CREW = "7d4bb0ad-5bd8-4e73-9ad2-3d3e1dbb1f49"
MODES = ["sync", "async"]


@pytest.fixture(scope="module")
def rota() -> ModuleType:
    return importlib.import_module(ENTRY.package)


def lib(name: str) -> Any:
    return importlib.import_module(f"{ENTRY.package}.lib.{name}")


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with serve() as running:
        yield running


def crew(number: int) -> dict[str, Any]:
    return {"id": f"00000000-0000-4000-8000-{number:012d}", "name": f"crew {number}", "members": []}


def crews_api(total: int, cap: int | None = None) -> Any:
    """``GET /crews`` pages by number over ``total`` crews (at most ``cap`` a page); ``GET /crews/{id}`` 404s."""

    def handler(seen: Seen) -> Reply:
        if seen.path.endswith("/crews"):
            page, size = int(seen.query.get("page", 1)), min(int(seen.query.get("per_page", 25)), cap or 100)
            data = [crew(n) for n in range((page - 1) * size, min(total, page * size))]
            return Reply(200, {"data": data, "meta": {"page": page, "per_page": size, "total": total}})
        problem = {"title": "Not found", "status": 404, "detail": "No crew has this id."}
        return Reply(404, problem, content_type="application/problem+json")

    return handler


def run(mode: str, client: Any, call: Any) -> Any:
    """``call(client)`` in the client's block: sync, or on the async twin in a fresh event loop."""
    if mode == "sync":
        with client:
            return call(client)

    async def main() -> Any:
        async with client as twin:
            result = call(twin)
            if hasattr(result, "__aiter__"):
                return [item async for item in result]
            return await result

    return asyncio.run(main())


# --- a package from a spec and a registry entry --------------------------------------------------------------


def test_the_fifth_api_is_a_spec_and_a_registry_entry_only() -> None:
    assert sorted(p.name for p in ENTRY.folder.iterdir()) == ["api.toml", "openapi.yaml"]
    assert ENTRY.overlays == ("common",)


def test_it_exports_connect_the_typed_client_paging_and_the_errors(rota: ModuleType) -> None:
    wanted = {"connect", "CrewRota", "AsyncCrewRota", "ApiClient", "Paginator", "AsyncPaginator", "Page"}
    wanted |= {"ApiError", "NotFoundError", "RetryPolicy", "Secret", "ApiKeyAuth", "Client", "__version__"}
    assert wanted <= set(rota.__all__)
    assert rota.connect.__module__ == f"{ENTRY.package}.lib._connect"
    assert issubclass(rota.CrewRota, rota.ApiClient)
    importlib.import_module(f"{ENTRY.package}.lib")  # the seam imports on its own (it once needed a vendor set)


def test_lib_holds_the_modules_it_uses_and_no_other() -> None:
    shipped = {p.stem for p in (package_dir(ENTRY) / ENTRY.package / "lib").glob("_*.py")} - {"__init__"}
    assert {"_connect", "_schemes", "_oauth", "_client", "_pagination", "_errors", "_lazy"} <= shipped
    assert "_writes" not in shipped  # no operation takes If-Match, so the safe-write helpers are not shipped


def test_connect_pages_by_number_and_raises_typed_errors(rota: ModuleType, server: FaultServer) -> None:
    server.handler = crews_api(total=7)
    with rota.connect(api_key=API_KEY, base_url=server.url) as client:
        assert isinstance(client, rota.CrewRota)
        names = [c.name for c in client.crews.list(per_page=3)]
        with pytest.raises(rota.NotFoundError) as caught:
            client.crews.get(CREW)
    assert names == [f"crew {n}" for n in range(7)]
    assert [(s.query["page"], s.query["per_page"]) for s in server.hits()[:3]] == [("1", "3"), ("2", "3"), ("3", "3")]
    assert {s.headers.get("x-rota-key") for s in server.hits()} == {API_KEY}
    assert caught.value.status == 404 and caught.value.body.detail == "No crew has this id."
    assert caught.value.request.headers["x-rota-key"] == "[redacted]"


def test_the_async_client_pages_too_and_adopts_a_capped_size(rota: ModuleType, server: FaultServer) -> None:
    server.handler = crews_api(total=9, cap=4)
    items = run("async", rota.connect(api_key=API_KEY, base_url=server.url), lambda c: c.crews.list(per_page=10))
    assert [c.name for c in items] == [f"crew {n}" for n in range(9)]


def test_a_safe_request_is_retried_on_503(rota: ModuleType, server: FaultServer) -> None:
    answers = iter([Reply(503, {"title": "busy", "status": 503})])
    served = crews_api(total=1)
    server.handler = lambda seen: next(answers, None) or served(seen)
    policy = rota.RetryPolicy(sleep=lambda seconds: None)
    with rota.connect(api_key=API_KEY, base_url=server.url, retry=policy) as client:
        assert [c.name for c in client.crews.list()] == ["crew 0"]
    assert len(server.hits()) == 2


def test_credentials_the_spec_does_not_take_are_refused_with_what_it_takes(rota: ModuleType) -> None:
    for wrong in ({"token": TOKEN}, {}, {"api_key": API_KEY, "username": "planner", "password": PASSWORD}):
        with pytest.raises(ValueError, match=r"takes api_key \(an API key in the header X-Rota-Key\)") as caught:
            rota.connect(**wrong)
        assert TOKEN not in str(caught.value) and PASSWORD not in str(caught.value)


def test_the_readme_quickstart_runs_as_written_against_prism(
    rota: ModuleType, prism: PrismServers, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = point_connect_at(monkeypatch, ENTRY, prism.url(ENTRY))
    for number, block in enumerate(quickstart_blocks(ENTRY, package_dir(ENTRY)), start=1):
        run_block(block, f"{ENTRY.name} {number}")
    with rota.connect(api_key=API_KEY) as client:  # Prism checks the key's header and every request
        assert list(client.crews.list(max_items=3))
        assert client.shifts.get("0b8f0a8e-4b7e-4c8e-8f55-6d0f7f3c2a11").status
    assert recorder.responses >= 2 and recorder.violations == []


# --- the credential rules, for every standard scheme --------------------------------------------------------

SCHEMES = {
    "rotaKey": {"type": "apiKey", "in": "header", "name": "X-Rota-Key"},
    "queryKey": {"type": "apiKey", "in": "query", "name": "api_key"},
    "cookieKey": {"type": "apiKey", "in": "cookie", "name": "rota_session"},
    "bearer": {"type": "http", "scheme": "bearer"},
    "basic": {"type": "http", "scheme": "basic"},
}
FORMS = [
    pytest.param("rotaKey", {"api_key": API_KEY}, id="api-key-header"),
    pytest.param("queryKey", {"api_key": API_KEY}, id="api-key-query"),
    pytest.param("cookieKey", {"api_key": API_KEY}, id="api-key-cookie"),
    pytest.param("bearer", {"token": TOKEN}, id="bearer"),
    pytest.param("basic", {"username": "planner", "password": PASSWORD}, id="basic"),
]


def auth_for(scheme: str, credentials: dict[str, Any]) -> Any:
    return lib("_schemes").auth_from_spec(SCHEMES, [{scheme: []}], credentials)


def leaks(seen: Seen) -> list[str]:
    places = [seen.body.decode("utf-8", "replace"), *seen.headers.values(), *seen.query.values()]
    return [secret for secret in SECRETS if any(secret in place for place in places)]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("scheme", "credentials"), FORMS)
def test_a_redirect_to_another_origin_carries_no_credential(
    rota: ModuleType, scheme: str, credentials: dict[str, Any], mode: str
) -> None:
    with serve() as home, serve() as other:
        home.handler = lambda seen: Reply(307, None, headers={"Location": f"{other.url}{seen.path}?page=1"})
        other.handler = crews_api(total=1)
        client = rota.ApiClient.build(base_url=home.url, auth=auth_for(scheme, credentials), follow_redirects=True)
        module = importlib.import_module(f"{ENTRY.package}.api.crews.list_crews")
        if mode == "sync":
            run(mode, client, lambda c: module.sync(client=c))
        else:
            run(mode, client, lambda c: module.asyncio(client=c))
        assert leaks(home.hits()[0]), "the home origin got the credentials"
        assert other.hits() and [leaks(seen) for seen in other.hits()] == [[]]
        assert not {"x-rota-key", "authorization", "cookie"} & set(other.hits()[0].headers)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("scheme", "credentials"), FORMS)
def test_errors_keep_no_credential_anywhere(
    rota: ModuleType, server: FaultServer, scheme: str, credentials: dict[str, Any], mode: str
) -> None:
    server.handler = crews_api(total=0)
    module = importlib.import_module(f"{ENTRY.package}.api.crews.get_crew")
    caught = []
    for handler in (server.handler, lambda seen: Reply(drop=True)):
        server.handler = handler
        client = rota.ApiClient.build(base_url=server.url, auth=auth_for(scheme, credentials), retry=False)
        call = (lambda c: module.sync(CREW, client=c)) if mode == "sync" else (lambda c: module.asyncio(CREW, client=c))
        with pytest.raises(rota.ApiError) as error:
            run(mode, client, call)
        caught.append(error.value)
    assert isinstance(caught[0], rota.NotFoundError) and isinstance(caught[1], rota.ConnectionError)
    assert leaks(server.hits()[0]), "the server got the credentials"
    for error in caught:
        assert "[redacted]" in [*error.request.url.params.values(), *error.request.headers.values()]
        texts = list(reachable_text(error))
        assert [secret for secret in SECRETS if any(secret in text for text in texts)] == []


def test_an_auth_repr_shows_no_secret() -> None:
    for scheme, credentials in (("rotaKey", {"api_key": API_KEY}), ("basic", {"username": "u", "password": PASSWORD})):
        assert not [s for s in SECRETS if s in repr(auth_for(scheme, credentials))]


# --- which requirement the credentials meet -----------------------------------------------------------------

OAUTH = {
    "type": "oauth2",
    "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.test/token", "scopes": {"read": "Read"}}},
}


def test_the_first_requirement_the_credentials_meet_exactly_is_taken() -> None:
    schemes = lib("_schemes")
    security = [{"rotaKey": []}, {"bearer": []}, {"rotaKey": [], "queryKey": []}]
    assert isinstance(schemes.auth_from_spec(SCHEMES, security, {"token": TOKEN}), schemes.BearerTokenAuth)
    assert isinstance(schemes.auth_from_spec(SCHEMES, security, {"api_key": API_KEY}), schemes.ApiKeyAuth)
    with pytest.raises(ValueError, match="plus"):  # one api_key cannot fill two API key schemes at once
        schemes.auth_from_spec(SCHEMES, [{"rotaKey": [], "queryKey": []}], {"api_key": API_KEY})
    both = schemes.auth_from_spec(SCHEMES, [{"rotaKey": [], "bearer": []}], {"api_key": API_KEY, "token": TOKEN})
    assert [type(part).__name__ for part in both.parts] == ["ApiKeyAuth", "BearerTokenAuth"]


def test_no_security_needs_no_credentials_and_an_optional_one_may_be_skipped() -> None:
    schemes = lib("_schemes")
    assert schemes.auth_from_spec({}, [], {}) is None
    assert schemes.auth_from_spec(SCHEMES, [{"rotaKey": []}, {}], {}) is None
    with pytest.raises(ValueError, match="can be called without credentials"):
        schemes.auth_from_spec(SCHEMES, [{}], {"token": TOKEN})


def test_oauth2_client_credentials_take_the_token_url_and_scopes_from_the_spec() -> None:
    schemes = lib("_schemes")
    security = [{"oauth": ["read"]}]
    auth = schemes.auth_from_spec({"oauth": OAUTH}, security, {"client_id": "id", "client_secret": "s3cret"})
    assert (auth.token_url, auth.scope) == ("https://auth.example.test/token", "read")
    assert isinstance(schemes.auth_from_spec({"oauth": OAUTH}, security, {"token": TOKEN}), schemes.BearerTokenAuth)
    chosen = schemes.auth_from_spec(
        {"oauth": OAUTH},
        security,
        {"client_id": "id", "client_secret": "s"},
        token_url="http://127.0.0.1:9/t",
        scope="",
    )
    assert (chosen.token_url, chosen.scope) == ("http://127.0.0.1:9/t", "")
    with pytest.raises(ValueError, match="vendor overlay set"):
        schemes.auth_from_spec(
            {"oauth": OAUTH, **SCHEMES},
            [{"oauth": [], "rotaKey": []}],
            {"client_id": "i", "client_secret": "s", "api_key": "k"},
        )


# --- typed -------------------------------------------------------------------------------------------------


def test_the_package_and_its_readme_blocks_pass_mypy_strict(tmp_path: Path) -> None:
    """The generic modules (``_connect``, ``_schemes``) ship in no registered package, so they are type-checked
    here, in the package they make, with the README's quickstart as a user would write it."""
    from mypy import api

    project = package_dir(ENTRY)
    readme = (project / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert len(blocks) >= 3
    files = []
    for number, code in enumerate(blocks, start=1):
        files.append(tmp_path / f"readme_block_{number}.py")
        files[-1].write_text(code, encoding="utf-8")
    cache = ROOT / ".cache" / "mypy-fifth"
    out, err, status = api.run(["--strict", "--cache-dir", str(cache), str(project / ENTRY.package), *map(str, files)])
    assert status == 0, f"mypy --strict:\n{out}{err}"


# --- an operation with security of its own -------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_public_operation_is_sent_without_the_key_and_the_others_with_it(
    rota: ModuleType, server: FaultServer, mode: str
) -> None:
    """``getStatus`` declares ``security: []``: connect's auth sends it nothing, and every other call the key."""
    server.handler = lambda seen: Reply(200, {"up": True}) if seen.path.endswith("/status") else crews_api(1)(seen)
    status = importlib.import_module(f"{ENTRY.package}.api.status.get_status")
    list_crews = importlib.import_module(f"{ENTRY.package}.api.crews.list_crews")

    def calls(client: Any) -> Any:
        if mode == "sync":
            return status.sync(client=client), list_crews.sync(client=client)

        async def both() -> Any:
            return await status.asyncio(client=client), await list_crews.asyncio(client=client)

        return both()

    up, crews = run(mode, rota.connect(api_key=API_KEY, base_url=server.url), calls)
    assert up.up is True and len(crews.data) == 1
    keys = {seen.path.rsplit("/", 1)[-1]: seen.headers.get("x-rota-key") for seen in server.hits()}
    assert keys == {"status": None, "crews": API_KEY}


def test_an_operation_takes_the_first_of_its_own_requirements_the_credentials_meet() -> None:
    schemes, operation_auth = lib("_schemes"), lib("_operation_auth")
    operations = {
        "listCrews": {"security": None},  # the top-level requirement: the default auth
        "getStatus": {"security": []},  # public
        "getShift": {"security": [{"basic": []}, {"bearer": []}]},  # the bearer token, the credentials have no Basic
        "getCrew": {"security": [{"basic": []}]},  # no credentials for it: the default, and the server says no
        "updateCrew": {"security": [{"rotaKey": []}]},  # fewer credentials than the top level: the key alone
    }
    credentials = {"api_key": API_KEY, "token": TOKEN}
    auth = schemes.auth_from_spec(SCHEMES, [{"rotaKey": [], "bearer": []}], credentials, operations=operations)
    assert isinstance(auth, operation_auth.PerOperationAuth)
    assert type(auth.default).__name__ == "AllOf"
    assert type(auth.overrides["getStatus"]) is httpx.Auth
    assert isinstance(auth.overrides["getShift"], schemes.BearerTokenAuth)
    assert isinstance(auth.overrides["updateCrew"], schemes.ApiKeyAuth)
    assert set(auth.overrides) == {"getStatus", "getShift", "updateCrew"}
    assert API_KEY not in repr(auth) and TOKEN not in repr(auth)
    plain = schemes.auth_from_spec(
        SCHEMES, [{"rotaKey": []}], {"api_key": API_KEY}, operations={"x": {"security": None}}
    )
    assert isinstance(plain, schemes.ApiKeyAuth)  # no operation of its own: no wrapper
