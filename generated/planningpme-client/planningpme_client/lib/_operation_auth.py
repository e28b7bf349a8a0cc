"""One auth per operation where the spec says so: an operation may declare security requirements of its own.

A token endpoint that takes only the application key, or a public operation, must not make the client fetch
or send a user token. Both ``connect`` functions (generic and vendor) wrap their auth in
:class:`PerOperationAuth` when the manifest lists such operations.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Mapping

import httpx

from ._operations import operation_id

__all__: list[str] = []


class PerOperationAuth(httpx.Auth):
    """The client's auth, except for the operations named in ``overrides``, which get their own.

    For operations whose spec declares security requirements of their own: a token endpoint that takes only
    the application key, or a public operation (``httpx.Auth()`` sends nothing). The request's operation is
    the one the generated code marked it with; a hand-made request gets the default.
    """

    def __init__(self, default: httpx.Auth, overrides: Mapping[str, httpx.Auth]) -> None:
        self.default = default
        self.overrides = dict(overrides)

    def auth_for(self, request: httpx.Request) -> httpx.Auth:
        operation = operation_id(request)
        return self.default if operation is None else self.overrides.get(operation, self.default)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return self.auth_for(request).sync_auth_flow(request)

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        return self.auth_for(request).async_auth_flow(request)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.default!r}, {len(self.overrides)} operation(s) with their own)"
