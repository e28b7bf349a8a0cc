"""Hand-written additions to the Booqable client; what ``__all__`` lists, the package exports.

Every name loads on first use (``_lazy.py``): importing the package or one operation module does not import
the auth, retry and paging machinery.
"""

from typing import TYPE_CHECKING

from ._lazy import COMMON_EXPORTS, lazy_exports

if TYPE_CHECKING:
    from ._auth import AccessTokenAuth, RequestSigningAuth
    from ._client import DEFAULT_TIMEOUT, ApiClient
    from ._connect import connect
    from ._errors import (
        ApiError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        ConnectionError,
        ForbiddenError,
        MalformedResponseError,
        NotFoundError,
        PaginationError,
        PreconditionFailedError,
        RateLimitedError,
        ServerError,
        TimeoutError,
        TransportError,
        UnauthorizedError,
        UnexpectedStatus,
        UnprocessableEntityError,
    )
    from ._pagination import AsyncPaginator, Page, Paginator
    from ._retry import RetryPolicy
    from ._tokens import Secret

__all__: list[str] = [
    "DEFAULT_TIMEOUT",
    "AccessTokenAuth",
    "ApiClient",
    "ApiError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionError",
    "ForbiddenError",
    "MalformedResponseError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "Paginator",
    "PreconditionFailedError",
    "RateLimitedError",
    "RequestSigningAuth",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "connect",
]

_EXPORTS = {
    **COMMON_EXPORTS,
    "AccessTokenAuth": "._auth",
    "RequestSigningAuth": "._auth",
}
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
