"""The one way in: ``connect(client_id=..., client_secret=...)`` gives a ready client, sync and async."""

from __future__ import annotations

from typing import Unpack

from .._spec import SECURITY_SCHEMES, SERVERS
from ..resources import ResourceClient
from ._client import CLIENT_OPTIONS, ClientOptions
from ._credentials import check_values
from ._keywords import check_keywords
from ._oauth import ClientCredentials, token_url_from_spec
from ._servers import server_url
from ._tokens import Secret

__all__ = ["connect"]


def connect(
    *,
    client_id: str,
    client_secret: str | Secret,
    base_url: str | None = None,
    token_url: str | None = None,
    scope: str | None = None,
    credentials_in_body: bool = False,
    **options: Unpack[ClientOptions],
) -> ResourceClient:
    """A client that authenticates with OAuth 2.0 client credentials.

    ``base_url`` and ``token_url`` default to what the spec declares. The credentials go in an HTTP Basic
    header unless ``credentials_in_body``. The other keywords are :class:`ClientOptions` (``timeout``,
    ``retry``, ``headers``, ``max_response_bytes``, httpx options); a misspelt one is a ``TypeError`` at once.
    A credential with a line break is a ``ValueError`` naming the argument. Use it with ``with`` (the client
    itself) or ``async with`` (its async twin, whose methods are coroutines); see the package's api.md for its
    namespaces.
    """
    check_keywords(options, CLIENT_OPTIONS, connect)
    check_values("connect", {"client_id": client_id, "client_secret": client_secret, "scope": scope})
    url = token_url or token_url_from_spec(SECURITY_SCHEMES)
    if not url:
        raise ValueError("the spec declares no OAuth 2.0 token URL: pass token_url")
    auth = ClientCredentials(
        client_id, client_secret, token_url=url, scope=scope, credentials_in_body=credentials_in_body
    )
    return ResourceClient.build(base_url=base_url or server_url(SERVERS), auth=auth, **options)
