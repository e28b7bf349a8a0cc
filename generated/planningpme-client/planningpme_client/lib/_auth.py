"""PlanningPME authentication: an application key on every request, and a user token from ``{brand}/token``.

The token can be obtained three ways, whichever the brand has enabled: a user name and password
(``password`` grant), a service-account token copied from the PlanningPME account (JWT bearer assertion),
or an OAuth client (client id plus its assertion). It is reused for 8 hours at most, or less when the answer's
``expires_in`` says so, and fetched again once when the API answers 401.
"""

from __future__ import annotations

import time
from collections.abc import Generator

import httpx

from ._tokens import Clock, Secret, Token, TokenAuth

__all__ = ["AppKeyAuth", "UserTokenAuth"]

TOKEN_LIFETIME = 8 * 3600.0
"""How long PlanningPME documents a user token to stay valid: the longest a token is kept.

The vendor's own example answer says ``expires_in: 86399`` (a day) on the same page that says 8 hours, so a
longer ``expires_in`` is not trusted; a shorter one is.
"""

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"


def _stamp(request: httpx.Request, app_key: Secret, language: str | None) -> None:
    request.headers["X-APPKEY"] = app_key.reveal()
    if language and "Accept-Language" not in request.headers:
        request.headers["Accept-Language"] = language


class AppKeyAuth(httpx.Auth):
    """Only the application key (enough for calls that need no user, such as the configuration)."""

    def __init__(self, app_key: str | Secret, *, language: str | None = None) -> None:
        self._app_key = Secret(app_key)
        self.language = language

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        _stamp(request, self._app_key, self.language)
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_key={self._app_key!r}, language={self.language!r})"


class UserTokenAuth(TokenAuth):
    """The application key plus a user token, obtained by password, account token or OAuth client."""

    def __init__(
        self,
        *,
        app_key: str | Secret,
        token_url: str,
        username: str | None = None,
        password: str | Secret | None = None,
        assertion: str | Secret | None = None,
        client_id: str | None = None,
        language: str | None = None,
        margin: float = 60.0,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(margin=margin, default_lifetime=TOKEN_LIFETIME, clock=clock)
        self._app_key = Secret(app_key)
        self.token_url = token_url
        self.language = language
        self.username = username
        self.client_id = client_id
        if username is not None and password is not None and assertion is None:
            self.grant = "password"
            self._credential = Secret(password)
        elif assertion is not None and username is None and password is None:
            self.grant = JWT_BEARER
            self._credential = Secret(assertion)
        else:
            raise ValueError("pass username and password, or an assertion (with client_id for an OAuth client)")

    def token_request(self) -> httpx.Request:
        form = {"grant_type": self.grant}
        if self.grant == "password":
            form.update(username=self.username or "", password=self._credential.reveal())
        else:
            form["assertion"] = self._credential.reveal()
            if self.client_id:
                form["client_id"] = self.client_id
        request = httpx.Request("POST", self.token_url, data=form, headers={"Accept": "application/json"})
        _stamp(request, self._app_key, self.language)
        return request

    def parse_token(self, response: httpx.Response, issued_at: float) -> Token:
        token = super().parse_token(response, issued_at)
        latest = issued_at + max(TOKEN_LIFETIME - self.margin, TOKEN_LIFETIME / 2)
        if token.expires_at is None or token.expires_at > latest:
            return Token(token.value, expires_at=latest, token_type=token.token_type)
        return token

    def prepare(self, request: httpx.Request, token: Token) -> None:
        super().prepare(request, token)
        _stamp(request, self._app_key, self.language)

    def __repr__(self) -> str:
        who = f"username={self.username!r}" if self.grant == "password" else f"client_id={self.client_id!r}"
        return (
            f"{type(self).__name__}(app_key={self._app_key!r}, token_url={self.token_url!r}, grant={self.grant!r}, "
            f"{who}, credential={self._credential!r}, token={self.token!r})"
        )
