"""The one way in: ``connect(brand=..., app_key=..., username=..., password=...)`` gives a ready client."""

from __future__ import annotations

from typing import Unpack

import httpx

from .._spec import OPERATIONS, SERVERS
from ..resources import ResourceClient
from ._auth import AppKeyAuth, UserTokenAuth
from ._client import CLIENT_OPTIONS, ClientOptions
from ._credentials import check_values
from ._keywords import check_keywords
from ._operation_auth import PerOperationAuth
from ._servers import check_tenant, server_url
from ._tokens import Secret

__all__ = ["connect"]

_APP_KEY_OPERATIONS = [
    operation
    for operation, info in OPERATIONS.items()
    if info["security"] is not None and any(set(requirement) <= {"appKey"} for requirement in info["security"])
]
"""The operations whose own security requirements the application key alone satisfies."""


def connect(
    *,
    brand: str,
    host: str | None = None,
    app_key: str | Secret,
    language: str | None = None,
    username: str | None = None,
    password: str | Secret | None = None,
    assertion: str | Secret | None = None,
    client_id: str | None = None,
    base_url: str | None = None,
    token_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> ResourceClient:
    """A client for the PlanningPME brand ``brand`` (the first path segment of its API address, and only that:
    letters, digits, ``-``, ``_``, ``.``, ``~``).

    Every request carries ``app_key``. With ``username`` and ``password``, or an account-token
    ``assertion`` (plus ``client_id`` for an OAuth client), requests also carry a user token from
    ``<base>/token``. ``host`` picks the PlanningPME platform (``api.planningpme.com`` by default, or
    ``try.planningpme.com``); ``language``
    sets ``Accept-Language`` (``en``, ``fr``, ``de`` ...). The other keywords are :class:`ClientOptions`
    (``timeout``, ``retry``, ``headers``, ``max_response_bytes``, httpx options); a misspelt one is a
    ``TypeError`` at once. A key or password with a line break is a ``ValueError`` naming the argument. Use
    it with ``with`` (the client itself) or ``async with`` (its async twin, whose methods are coroutines); see
    the package's api.md for its namespaces.
    The operations the spec lets in with the application key alone (the configuration, the token endpoint)
    are sent with it alone: no user token is fetched for them.
    """
    check_keywords(options, CLIENT_OPTIONS, connect)
    check_tenant("brand", brand, "segment")
    check_values(
        "connect",
        {
            "app_key": app_key,
            "language": language,
            "username": username,
            "password": password,
            "assertion": assertion,
            "client_id": client_id,
        },
        headers=["app_key", "language"],
    )
    if base_url is None:
        if host and "://" in host:  # a full origin, e.g. a local mock server
            base_url = f"{host.rstrip('/')}/{brand}"
        else:
            base_url = server_url(SERVERS, brand=brand, host=host or "")
    auth: httpx.Auth
    app_key_auth = AppKeyAuth(app_key, language=language)
    if username is None and password is None and assertion is None:
        auth = app_key_auth
    else:
        user = UserTokenAuth(
            app_key=app_key,
            token_url=token_url or f"{base_url.rstrip('/')}/token",
            username=username,
            password=password,
            assertion=assertion,
            client_id=client_id,
            language=language,
        )
        auth = PerOperationAuth(user, dict.fromkeys(_APP_KEY_OPERATIONS, app_key_auth))
    return ResourceClient.build(base_url=base_url, auth=auth, **options)
