"""The one way in, for any API whose spec declares a standard security scheme: ``connect(...)``.

The base URL is the spec's first server (its ``{variables}`` from ``server_variables``, else their
defaults) and the auth is what the spec's security requirements ask for, built from the credentials given
(``_schemes.py``): ``api_key=``, ``token=``, ``username=`` and ``password=``, or ``client_id=`` and
``client_secret=``. A vendor overlay set ships its own ``_connect.py`` in place of this one only when the
vendor's way in is not a standard scheme (a company subdomain, an application key plus a user token, signed
requests).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Unpack

from .._spec import OPERATIONS, SECURITY, SECURITY_SCHEMES, SERVERS
from ..resources import ResourceClient
from ._client import CLIENT_OPTIONS, ClientOptions
from ._credentials import check_values
from ._keywords import check_keywords
from ._schemes import auth_from_spec
from ._servers import server_url
from ._tokens import Secret

__all__ = ["connect"]


def connect(
    *,
    api_key: str | Secret | None = None,
    token: str | Secret | None = None,
    username: str | None = None,
    password: str | Secret | None = None,
    client_id: str | None = None,
    client_secret: str | Secret | None = None,
    token_url: str | None = None,
    scope: str | None = None,
    credentials_in_body: bool = False,
    base_url: str | None = None,
    server_variables: Mapping[str, str] | None = None,
    **options: Unpack[ClientOptions],
) -> ResourceClient:
    """A client with the credentials the spec's security schemes ask for.

    ``api_key``: for an ``apiKey`` scheme (header, query parameter or cookie, as the spec says). ``token``: a
    bearer token (``http`` ``bearer``, or an OAuth 2.0 token obtained elsewhere). ``username`` and
    ``password``: HTTP Basic. ``client_id`` and ``client_secret``: OAuth 2.0 client credentials, the token
    fetched from the spec's ``tokenUrl`` (or ``token_url``) on first use, cached and renewed; ``scope``
    replaces the scopes the spec's requirement lists, ``credentials_in_body`` sends the pair as form fields
    instead of HTTP Basic. A mix the spec does not accept raises ``ValueError`` saying what it accepts.

    ``base_url`` defaults to the spec's first server, its variables from ``server_variables``, each checked
    against its place in the URL (a DNS label, one path segment). The other keywords are
    :class:`ClientOptions` (``timeout``, ``retry``, ``headers``, ``max_response_bytes``, httpx options); a
    misspelt one is a ``TypeError`` at once. A credential with a line break is a ``ValueError`` naming the
    argument. Use it with ``with`` (the client itself) or ``async with`` (its async twin, whose methods are
    coroutines); see the package's api.md for its namespaces.
    """
    check_keywords(options, CLIENT_OPTIONS, connect)
    credentials = {
        "api_key": api_key,
        "token": token,
        "username": username,
        "password": password,
        "client_id": client_id,
        "client_secret": client_secret,
    }
    check_values("connect", {**credentials, "scope": scope}, headers=["api_key", "token"])
    auth = auth_from_spec(
        SECURITY_SCHEMES,
        SECURITY,
        credentials,
        token_url=token_url,
        scope=scope,
        credentials_in_body=credentials_in_body,
        operations=OPERATIONS,
    )
    url = base_url or server_url(SERVERS, 0, **dict(server_variables or {}))
    return ResourceClient.build(base_url=url, auth=auth, **options)
