"""Booqable auth (overlays/booqable/_auth.py): access tokens and single-use request signing.

Signed requests go to a real server on 127.0.0.1; the test decodes the JWT each one carried and checks
the header, every claim and the request digest against what the server actually received.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import logging
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from tests.conftest import REGISTRY
from tests.overlay_package import overlay_package
from tests.quickstart import point_connect_at, quickstart_blocks, run_block
from tests.token_endpoint import FakeClock, Received, TokenEndpoint, serve

COMPANY = "acme-rentals"
KEY_ID = "0e2d3b6a-4954-42e2-a025-db33815d56c5"
EMPLOYEE_ID = "5e1ebfaf-c9ba-4328-a3e5-8e73fdd54cb9"
COMPANY_ID = "18db8a14-8ac7-4159-96bd-313246daa110"
HMAC_SECRET = "hs256-signing-secret-" + secrets.token_hex(16)


@pytest.fixture(scope="module")
def auth_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with overlay_package(
        tmp_path_factory.mktemp("overlay"), "booqable_auth_under_test", ["common", "booqable"]
    ) as load:
        yield load("_auth")


@pytest.fixture
def server() -> Iterator[TokenEndpoint]:
    endpoint = TokenEndpoint()
    endpoint.issued.append("unused")  # the API part of the server is not used: it records and answers 401
    with serve(endpoint) as running:
        yield running


def _pem(key: Any) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


EC_KEY = ec.generate_private_key(ec.SECP256R1())
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
KEYS = {
    "ES256": (_pem(EC_KEY), EC_KEY.public_key()),
    "RS256": (_pem(RSA_KEY), RSA_KEY.public_key()),
    "HS256": (HMAC_SECRET, HMAC_SECRET),
}


def expected_digest(received: Received) -> str:
    """The digest as Booqable's docs define it, computed here independently from what the server saw."""
    body = base64.b64encode(hashlib.sha256(received.body).digest()).decode()
    joined = f"{received.method}.{received.path}.{body}".encode()
    return base64.b64encode(hashlib.sha256(joined).digest()).decode()


def signing_auth(auth_module: ModuleType, key: str, clock: Any = None, **kwargs: Any) -> Any:
    """A signing auth with the test key for ``key`` (ES256, RS256 or HS256)."""
    return auth_module.RequestSigningAuth(
        company=COMPANY,
        key_id=KEY_ID,
        employee_id=EMPLOYEE_ID,
        company_id=COMPANY_ID,
        signing_key=KEYS[key][0],
        clock=clock or FakeClock(1_700_000_000),
        **kwargs,
    )


def decode(received: Received, algorithm: str, now: float) -> tuple[dict[str, Any], dict[str, Any]]:
    token = received.headers["authorization"].removeprefix("Bearer ")
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(
        token,
        KEYS[algorithm][1],
        algorithms=[algorithm],
        audience=COMPANY_ID,
        issuer=f"http://{COMPANY}.booqable.com",
        options={"require": ["iss", "sub", "aud", "exp", "iat", "jti"], "verify_iat": False, "verify_exp": False},
    )
    assert claims["iat"] == int(now)
    return header, claims


@pytest.mark.parametrize("algorithm", ["ES256", "RS256", "HS256"])
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_every_request_carries_a_single_use_token_over_its_own_content(
    auth_module: ModuleType, server: TokenEndpoint, algorithm: str, mode: str
) -> None:
    clock = FakeClock(1_700_000_000)
    auth = signing_auth(auth_module, algorithm, clock)
    assert auth.algorithm == algorithm
    query = {"filter[created_at][gte]": "1231232131132", "include": "customer"}
    if mode == "sync":
        with httpx.Client(base_url=server.url + "/api/4", auth=auth) as client:
            client.get("/orders", params=query)
            client.post("/orders", json={"note": "Let me in!"})
    else:
        async with httpx.AsyncClient(base_url=server.url + "/api/4", auth=auth) as client:
            await client.get("/orders", params=query)
            await client.post("/orders", json={"note": "Let me in!"})

    get, post = server.api_requests
    assert get.path.startswith("/api/4/orders?filter%5Bcreated_at%5D%5Bgte%5D=1231232131132")
    assert post.body == b'{"note":"Let me in!"}'
    nonces = set()
    for received in (get, post):
        header, claims = decode(received, algorithm, clock.now)
        assert header == {"alg": algorithm, "typ": "JWT", "kid": KEY_ID, "kind": "single_use"}
        assert claims["sub"] == EMPLOYEE_ID
        assert claims["aud"] == COMPANY_ID
        assert 0 < claims["exp"] - claims["iat"] <= 600
        nonce, digest = claims["jti"].split(".", 1)
        assert uuid.UUID(nonce).version == 4
        assert digest == expected_digest(received)
        nonces.add(nonce)
    assert len(nonces) == 2


def test_the_digest_changes_with_method_path_query_and_body(auth_module: ModuleType) -> None:
    digest = auth_module.request_digest
    base = digest("GET", "/api/4/orders?page%5Bsize%5D=25", b"")
    assert (
        len(
            {
                base,
                digest("DELETE", "/api/4/orders?page%5Bsize%5D=25", b""),
                digest("GET", "/api/4/orders?page%5Bsize%5D=26", b""),
                digest("GET", "/api/4/customers?page%5Bsize%5D=25", b""),
                digest("GET", "/api/4/orders?page%5Bsize%5D=25", b"{}"),
            }
        )
        == 5
    )
    assert digest("get", "/api/4/orders?page%5Bsize%5D=25", b"") == base  # methods go upper-case


def test_lifetime_is_capped_at_ten_minutes(auth_module: ModuleType) -> None:
    with pytest.raises(ValueError, match="600"):
        signing_auth(auth_module, "ES256", lifetime=601)
    auth = signing_auth(auth_module, "ES256", lifetime=600)
    claims = jwt.decode(auth.sign("GET", "/api/4/orders", b""), options={"verify_signature": False})
    assert claims["exp"] - claims["iat"] == 600


def test_algorithm_must_match_the_key(auth_module: ModuleType) -> None:
    with pytest.raises(ValueError, match="ES256 key cannot sign RS256"):
        signing_auth(auth_module, "ES256", algorithm="RS256")
    with pytest.raises(ValueError, match="PEM"):
        signing_auth(auth_module, "HS256", algorithm="ES256")
    other_curve = _pem(ec.generate_private_key(ec.SECP384R1()))
    with pytest.raises(ValueError, match="P-256"):
        auth_module.RequestSigningAuth(
            company=COMPANY, key_id=KEY_ID, employee_id=EMPLOYEE_ID, company_id=COMPANY_ID, signing_key=other_curve
        )


def test_access_token_is_sent_as_bearer(auth_module: ModuleType, server: TokenEndpoint) -> None:
    token = "9bcabeaa827810ad6383d2e15feab2d0c7d039093e22fdd955f11fe83437a32a"
    with httpx.Client(base_url=server.url, auth=auth_module.AccessTokenAuth(token)) as client:
        client.get("/api/4/customers")
    assert server.api_requests[0].headers["authorization"] == f"Bearer {token}"


@pytest.mark.parametrize("algorithm", ["ES256", "RS256", "HS256"])
def test_keys_and_tokens_never_printed(
    auth_module: ModuleType, server: TokenEndpoint, algorithm: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    auth = signing_auth(auth_module, algorithm)
    access = auth_module.AccessTokenAuth("booqable-access-token-value")
    with httpx.Client(base_url=server.url, auth=auth) as client:
        response = client.get("/api/4/customers")
    sent = server.api_requests[0].headers["authorization"]
    key_material = KEYS[algorithm][0].strip().splitlines()[1] if algorithm != "HS256" else HMAC_SECRET
    shown = [repr(auth), str(auth), repr(access), str(access), repr(response.request.headers), caplog.text]
    for text in shown:
        assert key_material not in text
        assert sent not in text
        assert sent.removeprefix("Bearer ") not in text
        assert "booqable-access-token-value" not in text


# --- connect() and the README quickstart, as written, against Prism ------------------------------------

BOOQABLE_APIS = [pytest.param(entry, id=entry.name) for entry in REGISTRY if entry.vendor == "booqable"]


@pytest.mark.parametrize("entry", BOOQABLE_APIS)
def test_connect_builds_the_company_url_and_checks_its_arguments(entry: Any) -> None:
    package = importlib.import_module(entry.package)
    with package.connect(company="acme-rentals", token="t") as client:
        assert str(client.get_httpx_client().base_url).startswith("https://acme-rentals.booqable.com/api/")
    with pytest.raises(ValueError, match="either token or signing_key"):
        package.connect(company="acme-rentals")
    with pytest.raises(ValueError, match="either token or signing_key"):
        package.connect(company="acme-rentals", token="t", signing_key=HMAC_SECRET)
    with pytest.raises(ValueError, match="key_id, employee_id and company_id"):
        package.connect(company="acme-rentals", signing_key=HMAC_SECRET, key_id=KEY_ID)


@pytest.mark.parametrize("entry", BOOQABLE_APIS)
def test_quickstart_works_as_written(
    entry: Any,
    prism: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    (tmp_path / "booqable-signing-key.pem").write_text(KEYS["ES256"][0])  # the file the signing example reads
    monkeypatch.chdir(tmp_path)
    recorder = point_connect_at(monkeypatch, entry, prism.url(entry))
    blocks = quickstart_blocks(entry)
    assert len(blocks) == 3  # access token sync, async; request signing
    for number, code in enumerate(blocks, start=1):
        run_block(code, f"{entry.name} #{number}")
    assert capsys.readouterr().out.strip(), "the quickstart printed nothing"
    assert recorder.responses == 3
    assert recorder.violations == []


@pytest.mark.parametrize("entry", BOOQABLE_APIS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_retried_request_is_signed_again(entry: Any, mode: str) -> None:
    """Booqable accepts a single-use token once: a retry after a 503 must carry a new one (new ``jti``) over
    the same request, not replay the token the server has already seen."""
    from tests.overlays.fault_server import Reply
    from tests.overlays.fault_server import serve as serve_faults
    from tests.vendors.booqable.test_paging_errors import RECORDED

    package = importlib.import_module(entry.package)
    list_orders = importlib.import_module(f"{entry.package}.api.orders.list_orders")
    waits: list[float] = []

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)

    retry = package.RetryPolicy(sleep=waits.append, async_sleep=no_wait, jitter=lambda: 1.0)
    with serve_faults() as faults:
        answers = iter([Reply(503, {"errors": [{"title": "Service Unavailable"}]}, headers={"Retry-After": "1"})])
        faults.handler = lambda seen: next(answers, None) or Reply(200, RECORDED["pages"][0]["body"])
        client = package.connect(
            company=COMPANY,
            signing_key=HMAC_SECRET,
            key_id=KEY_ID,
            employee_id=EMPLOYEE_ID,
            company_id=COMPANY_ID,
            base_url=faults.url,
            retry=retry,
        )
        if mode == "sync":
            with client:
                list_orders.sync(client=client, page_size=1)
        else:
            async with client:
                await list_orders.asyncio(client=client, page_size=1)
        refused, accepted = faults.hits()
    assert waits == [1.0]
    tokens = [seen.headers["authorization"].removeprefix("Bearer ") for seen in (refused, accepted)]
    claims = [jwt.decode(t, HMAC_SECRET, algorithms=["HS256"], audience=COMPANY_ID) for t in tokens]
    assert claims[0]["jti"] != claims[1]["jti"]
    digests = {jti.split(".", 1)[1] for jti in (c["jti"] for c in claims)}
    assert len(digests) == 1, "both tokens sign the same request"
