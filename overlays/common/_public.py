"""What every client exports from the common overlay set, spelled for type checkers.

``lib/__init__.py`` star-imports this module under ``TYPE_CHECKING`` only; at run time nothing imports it and
``_lazy.COMMON_EXPORTS`` maps the same names to their modules (tests/overlays/test_lazy_imports.py keeps the
two equal).
"""

from ._client import DEFAULT_TIMEOUT, ApiClient
from ._connect import connect
from ._errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    CollectionChangedError,
    ConflictError,
    ConnectionError,
    ForbiddenError,
    HTTPStatusError,
    IncompletePageError,
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

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiClient",
    "ApiError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "CollectionChangedError",
    "ConflictError",
    "ConnectionError",
    "ForbiddenError",
    "HTTPStatusError",
    "IncompletePageError",
    "MalformedResponseError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "Paginator",
    "PreconditionFailedError",
    "RateLimitedError",
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
