"""The standard security schemes of OpenAPI, as ``httpx.Auth``: what a spec declares, the generic ``connect``
can use without a line of vendor code.

- ``apiKey`` in a header, a query parameter or a cookie: :class:`ApiKeyAuth`. The header or parameter name
  comes from the spec, and the request declares it as a credential (``_credentials.py``): it never follows a
  redirect to another origin and reads ``[redacted]`` in every request an error keeps.
- ``http`` with scheme ``bearer``: :class:`BearerTokenAuth` (``_tokens.py``); with scheme ``basic``:
  :class:`BasicAuth`. An ``oauth2`` or ``openIdConnect`` scheme also takes a token obtained elsewhere as
  ``Bearer``.
- ``oauth2`` with a ``clientCredentials`` flow: :class:`ClientCredentials` (``_oauth.py``), the token URL
  and the scopes taken from the spec.

:func:`auth_from_spec` reads the spec's security requirements in order and takes the first one that the
credentials given satisfy exactly; several fixed schemes required together (two API key headers, an API key
and a bearer token) are all stamped on each request. An operation that declares requirements of its own (a
public one, or one that takes fewer credentials than the rest) gets what those ask for
(:class:`PerOperationAuth`), so no token is fetched or sent where the spec wants none.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from ._credentials import declare_credential_headers, declare_credential_params
from ._oauth import ClientCredentials, client_credentials_url
from ._operation_auth import PerOperationAuth
from ._tokens import BearerTokenAuth, Secret, StaticAuth

__all__ = ["ApiKeyAuth", "BasicAuth", "BearerTokenAuth"]

Location = Literal["header", "query", "cookie"]


class ApiKeyAuth(StaticAuth):
    """An API key sent in the header, query parameter or cookie ``name`` (the spec's ``apiKey`` scheme)."""

    def __init__(self, api_key: str | Secret, *, name: str, location: Location = "header") -> None:
        if location not in ("header", "query", "cookie"):
            raise ValueError(f"an API key goes in a header, a query parameter or a cookie, not {location!r}")
        if not name:
            raise ValueError("the API key needs the name of its header, parameter or cookie")
        self._key = Secret(api_key)
        self.name = name
        self.location = location

    def stamp(self, request: httpx.Request) -> None:
        key = self._key.reveal()
        if self.location == "header":
            request.headers[self.name] = key
            declare_credential_headers(request, [self.name])
        elif self.location == "query":
            request.url = request.url.copy_set_param(self.name, key)
            declare_credential_params(request, [self.name])
        else:  # a cookie: the Cookie header is a credential header already
            cookies = [c for c in request.headers.get_list("cookie") if c]
            request.headers["Cookie"] = "; ".join([*cookies, f"{self.name}={key}"])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, location={self.location!r}, api_key={self._key!r})"


class BasicAuth(StaticAuth):
    """HTTP Basic (RFC 7617): a user name and password on every request."""

    def __init__(self, username: str, password: str | Secret) -> None:
        self.username = username
        self._password = Secret(password)

    def stamp(self, request: httpx.Request) -> None:
        pair = f"{self.username}:{self._password.reveal()}".encode()
        request.headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(username={self.username!r}, password={self._password!r})"


class AllOf(StaticAuth):
    """Several fixed schemes one security requirement asks for together, stamped in order."""

    def __init__(self, parts: Sequence[StaticAuth]) -> None:
        self.parts = tuple(parts)

    def stamp(self, request: httpx.Request) -> None:
        for part in self.parts:
            part.stamp(request)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(map(repr, self.parts))})"


CREDENTIALS = ("api_key", "token", "username", "password", "client_id", "client_secret")
"""The credential keywords of the generic ``connect``, in the order its messages list them."""


@dataclass(frozen=True)
class _Way:
    """One way to satisfy a security scheme: the keywords it takes, and how it becomes an auth."""

    scheme: str
    keywords: tuple[str, ...]
    kind: str
    description: str


def _ways(name: str, scheme: Any) -> list[_Way]:
    """The ways to satisfy the security scheme ``name`` with the credential keywords, best first."""
    if not isinstance(scheme, Mapping):
        return []
    kind = scheme.get("type")
    if kind == "apiKey":
        where = {"header": "header", "query": "query parameter", "cookie": "cookie"}.get(str(scheme.get("in")))
        if where is None or not scheme.get("name"):
            return []
        return [_Way(name, ("api_key",), "apiKey", f"api_key (an API key in the {where} {scheme['name']})")]
    if kind == "http":
        http = str(scheme.get("scheme", "")).lower()
        if http == "bearer":
            return [_Way(name, ("token",), "bearer", "token (a bearer token)")]
        if http == "basic":
            return [_Way(name, ("username", "password"), "basic", "username and password (HTTP Basic)")]
        return []
    ways = []
    if kind == "oauth2" and client_credentials_url(scheme) is not None:
        ways.append(_Way(name, ("client_id", "client_secret"), "oauth2", "client_id and client_secret (OAuth 2.0)"))
    if kind in ("oauth2", "openIdConnect"):
        ways.append(_Way(name, ("token",), "bearer", "token (an OAuth 2.0 access token obtained elsewhere)"))
    return ways


def _plan(
    requirement: Mapping[str, Any], schemes: Mapping[str, Any], given: set[str], *, exact: bool = True
) -> list[_Way] | None:
    """One way per scheme of ``requirement`` that together use the credentials ``given`` (all of them when
    ``exact``, else some); ``None`` when there is none."""
    plan: list[_Way] = []
    used: set[str] = set()
    for name in requirement:
        way = next(
            (w for w in _ways(name, schemes.get(name)) if set(w.keywords) <= given - used),
            None,
        )
        if way is None:
            return None
        plan.append(way)
        used |= set(way.keywords)
    return plan if used == given or not exact else None


def _requirements(schemes: Mapping[str, Any], security: Sequence[Mapping[str, Any]] | None) -> list[Mapping[str, Any]]:
    """The spec's security requirements; without any, each declared scheme on its own (or no auth at all)."""
    if security:
        return list(security)
    return [{name: []} for name in schemes] or [{}]


def _options(requirements: list[Mapping[str, Any]], schemes: Mapping[str, Any]) -> str:
    found = []
    for requirement in requirements:
        if not requirement:
            found.append("nothing (the API can be called without credentials)")
            continue
        per_scheme = [
            " or ".join(w.description for w in _ways(n, schemes.get(n))) or f"{n} (unsupported)" for n in requirement
        ]
        found.append(" plus ".join(per_scheme))
    return "; ".join(dict.fromkeys(found))


def _build(way: _Way, credentials: Mapping[str, Any], schemes: Mapping[str, Any], settings: _OAuthSettings) -> Any:
    scheme = schemes[way.scheme]
    if way.kind == "apiKey":
        return ApiKeyAuth(credentials["api_key"], name=str(scheme["name"]), location=scheme["in"])
    if way.kind == "bearer":
        return BearerTokenAuth(credentials["token"])
    if way.kind == "basic":
        return BasicAuth(credentials["username"], credentials["password"])
    return ClientCredentials(
        credentials["client_id"],
        credentials["client_secret"],
        token_url=settings.token_url or str(client_credentials_url(scheme)),
        scope=settings.scope,
        credentials_in_body=settings.credentials_in_body,
    )


@dataclass(frozen=True)
class _OAuthSettings:
    token_url: str | None
    scope: str | None
    credentials_in_body: bool


def auth_from_spec(
    schemes: Mapping[str, Any],
    security: Sequence[Mapping[str, Any]] | None,
    credentials: Mapping[str, Any],
    *,
    token_url: str | None = None,
    scope: str | None = None,
    credentials_in_body: bool = False,
    operations: Mapping[str, Mapping[str, Any]] | None = None,
) -> httpx.Auth | None:
    """The auth for the spec's first security requirement that ``credentials`` satisfy exactly.

    ``schemes`` is the spec's ``components.securitySchemes``, ``security`` its top-level requirements;
    ``credentials`` maps the keywords of :data:`CREDENTIALS` to values (``None``: not given). ``token_url``
    and ``scope`` replace what an OAuth 2.0 scheme declares (its ``tokenUrl``, the requirement's scopes).
    ``operations`` is the package manifest: an operation with a ``security`` of its own gets the auth for its
    first requirement that some of the credentials satisfy (an empty one: none), through
    :class:`PerOperationAuth`; one the credentials cannot satisfy keeps the default, and the server says no.
    Raises ``ValueError`` naming what the spec accepts when the credentials fit no top-level requirement.
    """
    unknown = sorted(set(credentials) - set(CREDENTIALS))
    if unknown:
        raise TypeError(f"not a credential: {', '.join(unknown)}")
    given = {name for name, value in credentials.items() if value is not None}
    settings = _OAuthSettings(token_url, scope, credentials_in_body)
    requirements = _requirements(schemes, security)
    for requirement in requirements:
        plan = _plan(requirement, schemes, given)
        if plan is not None:
            default = _auth_for(requirement, plan, credentials, schemes, settings)
            break
    else:
        passed = ", ".join(name for name in CREDENTIALS if name in given) or "no credentials"
        raise ValueError(f"this API takes {_options(requirements, schemes)}; got {passed}")
    built: dict[str, httpx.Auth | None] = {json.dumps(requirement, sort_keys=True): default}
    overrides: dict[str, httpx.Auth] = {}
    for operation, info in (operations or {}).items():
        own = info.get("security")
        if own is None:
            continue
        for candidate in own or [{}]:  # an empty list: the operation needs no credentials
            key = json.dumps(candidate, sort_keys=True)
            if key not in built:
                plan = _plan(candidate, schemes, given, exact=False)
                if plan is None:
                    continue
                built[key] = _auth_for(candidate, plan, credentials, schemes, settings)
            if built[key] is not default:
                overrides[operation] = built[key] or httpx.Auth()
            break
    if not overrides:
        return default
    return PerOperationAuth(default or httpx.Auth(), overrides)


def _auth_for(
    requirement: Mapping[str, Any],
    plan: list[_Way],
    credentials: Mapping[str, Any],
    schemes: Mapping[str, Any],
    settings: _OAuthSettings,
) -> httpx.Auth | None:
    """The auth that carries out ``plan`` for ``requirement`` (``None``: the requirement asks for nothing)."""
    if not plan:
        return None
    oauth = [way for way in plan if way.kind == "oauth2"]
    if oauth and len(plan) > 1:
        raise ValueError(
            "the spec asks for an OAuth 2.0 token together with other credentials on each request; "
            "that needs a connect of its own in a vendor overlay set"
        )
    wanted = settings.scope
    if wanted is None:
        wanted = " ".join(map(str, requirement.get(plan[0].scheme) or ())) or None
    scoped = _OAuthSettings(settings.token_url, wanted, settings.credentials_in_body)
    parts = [_build(way, credentials, schemes, scoped) for way in plan]
    return parts[0] if len(parts) == 1 else AllOf(parts)
