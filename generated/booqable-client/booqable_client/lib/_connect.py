"""The one way in: ``connect(company=..., token=...)`` (or a signing key) gives a ready client, sync and async."""

from __future__ import annotations

from typing import Unpack

import httpx

from .._spec import SERVERS
from ..resources import ResourceClient
from ._auth import AccessTokenAuth, RequestSigningAuth, SigningKey
from ._client import CLIENT_OPTIONS, ClientOptions
from ._credentials import check_values
from ._keywords import check_keywords
from ._servers import check_tenant, server_url
from ._tokens import Secret

__all__ = ["connect"]


def connect(
    *,
    company: str,
    token: str | Secret | None = None,
    signing_key: SigningKey | None = None,
    key_id: str | None = None,
    employee_id: str | None = None,
    company_id: str | None = None,
    algorithm: str | None = None,
    base_url: str | None = None,
    **options: Unpack[ClientOptions],
) -> ResourceClient:
    """A client for the Booqable account ``company`` (the ``<company>.booqable.com`` part: one DNS label, so
    the requests go to ``https://<company>.booqable.com/api/boomerang`` and nowhere else).

    Authenticate with an access ``token``, or sign every request with ``signing_key`` (then ``key_id``,
    ``employee_id`` and ``company_id`` are needed too; see :class:`RequestSigningAuth`). ``base_url``
    defaults to the spec's server for that company. The other keywords are :class:`ClientOptions`
    (``timeout``, ``retry``, ``headers``, ``max_response_bytes``, httpx options); a misspelt one is a
    ``TypeError`` at once. A value with a line break is a ``ValueError`` naming the argument. Use it with
    ``with`` (the client itself) or ``async with`` (its async twin, whose methods are coroutines); see the
    package's api.md for its namespaces.
    """
    check_keywords(options, CLIENT_OPTIONS, connect)
    check_tenant("company", company, "label")
    check_values(
        "connect",
        {"token": token, "key_id": key_id, "employee_id": employee_id, "company_id": company_id},
        headers=["token"],
    )
    auth: httpx.Auth
    if token is not None and signing_key is None:
        auth = AccessTokenAuth(token)
    elif signing_key is not None and token is None:
        if not (key_id and employee_id and company_id):
            raise ValueError("request signing needs key_id, employee_id and company_id as well")
        auth = RequestSigningAuth(
            company=company,
            key_id=key_id,
            employee_id=employee_id,
            company_id=company_id,
            signing_key=signing_key,
            algorithm=algorithm,
        )
    else:
        raise ValueError("pass either token or signing_key")
    return ResourceClient.build(base_url=base_url or server_url(SERVERS, company_slug=company), auth=auth, **options)
