"""Hand-written additions shared by the OptiFlow clients; what ``__all__`` lists, the package exports."""

from ._auth import ClientCredentials
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
from ._writes import Written, aread_modify_write, read_modify_write

__all__: list[str] = [
    "DEFAULT_TIMEOUT",
    "ApiClient",
    "ApiError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientCredentials",
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
    "RetryPolicy",
    "Secret",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "Written",
    "aread_modify_write",
    "connect",
    "read_modify_write",
]
