"""OAuth 2.0 client credentials (RFC 6749 §4.4), the grant an ``oauth2`` security scheme with a
``clientCredentials`` flow declares.

The client id and secret go in an HTTP Basic header by default (RFC 6749 §2.3.1), or in the form body when
the identity server is set up for that. The token URL comes from the spec (:func:`token_url_from_spec`).
"""

from __future__ import annotations

import base64
import time
from collections.abc import Mapping
from typing import Any

import httpx

from ._tokens import Clock, Secret, TokenAuth

__all__ = ["ClientCredentials"]


class ClientCredentials(TokenAuth):
    """Client credentials grant: a token fetched on first use, cached, renewed before expiry and on 401."""

    def __init__(
        self,
        client_id: str,
        client_secret: str | Secret,
        *,
        token_url: str,
        scope: str | None = None,
        credentials_in_body: bool = False,
        margin: float = 30.0,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(margin=margin, clock=clock)
        if not client_id:
            raise ValueError("client_id is empty")
        self.client_id = client_id
        self._client_secret = Secret(client_secret)
        self.token_url = token_url
        self.scope = scope
        self.credentials_in_body = credentials_in_body

    def token_request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        headers = {"Accept": "application/json"}
        if self.scope:
            form["scope"] = self.scope
        if self.credentials_in_body:
            form["client_id"] = self.client_id
            form["client_secret"] = self._client_secret.reveal()
        else:
            pair = f"{self.client_id}:{self._client_secret.reveal()}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        return httpx.Request("POST", self.token_url, data=form, headers=headers)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, client_secret={self._client_secret!r}, "
            f"token_url={self.token_url!r}, token={self.token!r})"
        )


def token_url_from_spec(security_schemes: Mapping[str, Any]) -> str | None:
    """The ``tokenUrl`` of the first OAuth 2.0 client-credentials flow the spec declares."""
    for scheme in security_schemes.values():
        url = client_credentials_url(scheme)
        if url is not None:
            return url
    return None


def client_credentials_url(scheme: Any) -> str | None:
    """The ``tokenUrl`` of one security scheme's client-credentials flow (``None``: it has none)."""
    if not isinstance(scheme, Mapping) or scheme.get("type") != "oauth2":
        return None
    flow = scheme.get("flows", {}).get("clientCredentials", {})
    url = flow.get("tokenUrl") if isinstance(flow, Mapping) else None
    return url if isinstance(url, str) else None
