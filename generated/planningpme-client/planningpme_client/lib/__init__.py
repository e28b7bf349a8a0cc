"""Hand-written additions to the PlanningPME client; what ``__all__`` lists, the package exports."""

from ._auth import AppKeyAuth, UserTokenAuth
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
    "ApiClient",
    "ApiError",
    "AppKeyAuth",
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
    "RetryPolicy",
    "Secret",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "UserTokenAuth",
    "connect",
]
