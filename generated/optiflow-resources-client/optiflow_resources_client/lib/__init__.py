"""What optiflow_resources_client adds by hand: the names its overlay modules export, each loaded on first use.

Written by the pipeline (specs/_pipeline/overlay_sets.py) from the ``__all__`` of the modules of the overlay
sets common, optiflow; do not edit. Nothing is imported until a name is used (``_lazy.py``).
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

if TYPE_CHECKING:
    from ._bodies import DEFAULT_MAX_RESPONSE_BYTES as DEFAULT_MAX_RESPONSE_BYTES
    from ._client import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._client import ApiClient as ApiClient
    from ._client import ClientOptions as ClientOptions
    from ._connect import connect as connect
    from ._errors import ApiError as ApiError
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import CollectionChangedError as CollectionChangedError
    from ._errors import ConflictError as ConflictError
    from ._errors import ConnectionError as ConnectionError
    from ._errors import ForbiddenError as ForbiddenError
    from ._errors import HTTPStatusError as HTTPStatusError
    from ._errors import IncompletePageError as IncompletePageError
    from ._errors import InvalidRequestError as InvalidRequestError
    from ._errors import MalformedResponseError as MalformedResponseError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import PaginationError as PaginationError
    from ._errors import PreconditionFailedError as PreconditionFailedError
    from ._errors import RateLimitedError as RateLimitedError
    from ._errors import ResponseTooLargeError as ResponseTooLargeError
    from ._errors import ResumeMismatchError as ResumeMismatchError
    from ._errors import ServerError as ServerError
    from ._errors import TimeoutError as TimeoutError
    from ._errors import TransportError as TransportError
    from ._errors import UnauthorizedError as UnauthorizedError
    from ._errors import UnexpectedStatus as UnexpectedStatus
    from ._errors import UnprocessableEntityError as UnprocessableEntityError
    from ._errors import WriteAcceptedError as WriteAcceptedError
    from ._fields import DateTimeOffsetError as DateTimeOffsetError
    from ._oauth import ClientCredentials as ClientCredentials
    from ._options import CallOptions as CallOptions
    from ._pagination import AsyncPaginator as AsyncPaginator
    from ._pagination import Page as Page
    from ._pagination import Paginator as Paginator
    from ._raw import RawDocumentResponse as RawDocumentResponse
    from ._raw import RawResponse as RawResponse
    from ._retry import RetryChanges as RetryChanges
    from ._retry import RetryPolicy as RetryPolicy
    from ._tokens import Secret as Secret
    from ._writes import Written as Written
    from ._writes import aread_modify_write as aread_modify_write
    from ._writes import read_modify_write as read_modify_write

__all__ = [
    "ApiClient",
    "ApiError",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "ClientCredentials",
    "ClientOptions",
    "CollectionChangedError",
    "ConflictError",
    "ConnectionError",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "DateTimeOffsetError",
    "ForbiddenError",
    "HTTPStatusError",
    "IncompletePageError",
    "InvalidRequestError",
    "MalformedResponseError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "Paginator",
    "PreconditionFailedError",
    "RateLimitedError",
    "RawDocumentResponse",
    "RawResponse",
    "ResponseTooLargeError",
    "ResumeMismatchError",
    "RetryChanges",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "WriteAcceptedError",
    "Written",
    "aread_modify_write",
    "connect",
    "read_modify_write",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "ApiClient": "._client",
        "ApiError": "._errors",
        "AsyncPaginator": "._pagination",
        "AuthenticationError": "._errors",
        "BadRequestError": "._errors",
        "CallOptions": "._options",
        "ClientCredentials": "._oauth",
        "ClientOptions": "._client",
        "CollectionChangedError": "._errors",
        "ConflictError": "._errors",
        "ConnectionError": "._errors",
        "DEFAULT_MAX_RESPONSE_BYTES": "._bodies",
        "DEFAULT_TIMEOUT": "._client",
        "DateTimeOffsetError": "._fields",
        "ForbiddenError": "._errors",
        "HTTPStatusError": "._errors",
        "IncompletePageError": "._errors",
        "InvalidRequestError": "._errors",
        "MalformedResponseError": "._errors",
        "NotFoundError": "._errors",
        "Page": "._pagination",
        "PaginationError": "._errors",
        "Paginator": "._pagination",
        "PreconditionFailedError": "._errors",
        "RateLimitedError": "._errors",
        "RawDocumentResponse": "._raw",
        "RawResponse": "._raw",
        "ResponseTooLargeError": "._errors",
        "ResumeMismatchError": "._errors",
        "RetryChanges": "._retry",
        "RetryPolicy": "._retry",
        "Secret": "._tokens",
        "ServerError": "._errors",
        "TimeoutError": "._errors",
        "TransportError": "._errors",
        "UnauthorizedError": "._errors",
        "UnexpectedStatus": "._errors",
        "UnprocessableEntityError": "._errors",
        "WriteAcceptedError": "._errors",
        "Written": "._writes",
        "aread_modify_write": "._writes",
        "connect": "._connect",
        "read_modify_write": "._writes",
    },
)
