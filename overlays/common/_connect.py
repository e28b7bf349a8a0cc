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
from typing import Any

from .._spec import OPERATIONS, SECURITY, SECURITY_SCHEMES, SERVERS
from ..resources import ResourceClient
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
    **options: Any,
) -> ResourceClient:
    """A client with the credentials the spec's security schemes ask for.

    ``api_key``: for an ``apiKey`` scheme (header, query parameter or cookie, as the spec says). ``token``: a
    bearer token (``http`` ``bearer``, or an OAuth 2.0 token obtained elsewhere). ``username`` and
    ``password``: HTTP Basic. ``client_id`` and ``client_secret``: OAuth 2.0 client credentials, the token
    fetched from the spec's ``tokenUrl`` (or ``token_url``) on first use, cached and renewed; ``scope``
    replaces the scopes the spec's requirement lists, ``credentials_in_body`` sends the pair as form fields
    instead of HTTP Basic. A mix the spec does not accept raises ``ValueError`` saying what it accepts.

    ``base_url`` defaults to the spec's first server. Other keywords (``timeout``, ``retry``, ``headers``,
    httpx arguments) go to :meth:`ApiClient.build`. Use it with ``with`` (the client itself) or ``async with``
    (its async twin, whose methods are coroutines); see the package's api.md for its namespaces.
    """
    credentials = {
        "api_key": api_key,
        "token": token,
        "username": username,
        "password": password,
        "client_id": client_id,
        "client_secret": client_secret,
    }
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
