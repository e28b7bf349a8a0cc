"""Booqable authentication: a long-lived access token, or a single-use signed token on every request.

Signing (Booqable's "request signing") puts a fresh JWT on each request. Its ``jti`` carries a digest of
the method, the full path with its query and the body, so a captured token cannot be reused for another
request. PyJWT does the signing (ES256, RS256 or HS256).
"""

from __future__ import annotations

import base64
import hashlib
import time
import uuid
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import httpx

from ._retry import RESEND_EXTENSION
from ._tokens import BearerTokenAuth, Clock, Secret

__all__ = ["AccessTokenAuth", "RequestSigningAuth"]

MAX_LIFETIME: Final = 600.0
"""Booqable refuses single-use tokens that live longer than ten minutes."""

AccessTokenAuth = BearerTokenAuth
"""An access token created in the Booqable account settings, sent as ``Authorization: Bearer``."""

# PyJWT and cryptography load on first signing, not on import: they would add ~30 ms to ``import
# booqable_client`` for every user, most of whom authenticate with an access token (see README, Benchmarks).
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    SigningKey: TypeAlias = str | bytes | Secret | ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
else:
    SigningKey: TypeAlias = "str | bytes | Secret | ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey"


def _sha256_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.sha256(data).digest()).decode("ascii")


def request_digest(method: str, full_path: str, body: bytes) -> str:
    """``Base64(SHA256(method + "." + full_path + "." + Base64(SHA256(body))))``, as Booqable checks it.

    ``full_path`` is the path with its query string, percent-encoded exactly as sent.
    """
    return _sha256_b64(".".join([method.upper(), full_path, _sha256_b64(body)]).encode())


def _load_key(key: SigningKey, algorithm: str | None) -> tuple[Any, str]:
    """The key in the form PyJWT signs with, and its algorithm (inferred from the key when not given)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if isinstance(key, Secret):
        key = key.reveal()
    if isinstance(key, str | bytes):
        raw = key.encode() if isinstance(key, str) else key
        if raw.lstrip().startswith(b"-----BEGIN"):
            loaded = serialization.load_pem_private_key(raw, password=None)
            if not isinstance(loaded, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
                raise ValueError("the signing key must be an EC (P-256) or RSA private key")
            key = loaded
        else:
            if algorithm not in (None, "HS256"):
                raise ValueError(f"{algorithm} needs a PEM private key")
            return Secret(raw.decode()), "HS256"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if not isinstance(key.curve, ec.SECP256R1):
            raise ValueError("ES256 needs a P-256 (secp256r1) key")
        inferred = "ES256"
    elif isinstance(key, rsa.RSAPrivateKey):
        inferred = "RS256"
    else:
        raise TypeError(f"unsupported signing key type {type(key).__name__}")
    if algorithm not in (None, inferred):
        raise ValueError(f"a {inferred} key cannot sign {algorithm}")
    return key, inferred


class RequestSigningAuth(httpx.Auth):
    """Signs every request with a single-use JWT (header ``kid`` + ``kind: single_use``).

    ``key_id`` is the authentication method's id, ``employee_id`` the token's subject and ``company_id``
    its audience, as shown in the Booqable account settings. ``signing_key`` is a PEM private key (EC P-256
    for ES256, RSA for RS256) or, for HS256, the secret Booqable generated.
    """

    requires_request_body = True  # the body is part of the signature

    def __init__(
        self,
        *,
        company: str,
        key_id: str,
        employee_id: str,
        company_id: str,
        signing_key: SigningKey,
        algorithm: str | None = None,
        issuer: str | None = None,
        lifetime: float = 300.0,
        clock: Clock = time.time,
        nonce: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        if not 0 < lifetime <= MAX_LIFETIME:
            raise ValueError(f"lifetime must be between 0 and {MAX_LIFETIME:.0f} seconds")
        self._key, self.algorithm = _load_key(signing_key, algorithm)
        self.key_id = key_id
        self.employee_id = employee_id
        self.company_id = company_id
        self.issuer = issuer or f"http://{company}.booqable.com"  # the form Booqable's own example uses
        self.lifetime = lifetime
        self._clock = clock
        self._nonce = nonce

    def sign(self, method: str, full_path: str, body: bytes) -> str:
        """A single-use token for one request."""
        now = int(self._clock())
        claims = {
            "iss": self.issuer,
            "sub": self.employee_id,
            "aud": self.company_id,
            "exp": now + int(self.lifetime),
            "iat": now,
            "jti": f"{self._nonce()}.{request_digest(method, full_path, body)}",
        }
        key = self._key.reveal() if isinstance(self._key, Secret) else self._key
        headers = {"kid": self.key_id, "kind": "single_use"}
        import jwt

        return jwt.encode(claims, key, algorithm=self.algorithm, headers=headers)

    def stamp(self, request: httpx.Request) -> None:
        """Put a fresh single-use token for ``request`` in its ``Authorization`` header."""
        full_path = request.url.raw_path.decode("ascii")
        request.headers["Authorization"] = f"Bearer {self.sign(request.method, full_path, request.content)}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.stamp(request)
        request.extensions = {**request.extensions, RESEND_EXTENSION: self.stamp}  # a retry is signed anew
        yield request

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(key_id={self.key_id!r}, employee_id={self.employee_id!r}, "
            f"company_id={self.company_id!r}, algorithm={self.algorithm!r}, signing_key=Secret('********'))"
        )
