"""Names that load on first use (PEP 562), so ``import <package>`` and one operation module stay cheap.

``lib/__init__.py`` of every vendor set maps each public name to the ``lib`` module that defines it (its
``__all__`` is that table's keys); nothing is imported until a name is used. Type checkers read the names from
the ``TYPE_CHECKING`` imports there (the common ones from ``_public.py``). Importing asyncio, PyJWT or the
paging machinery only to read one model would make every client slower to start than httpx itself (see the
README's benchmarks).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["COMMON_EXPORTS", "lazy_exports"]

COMMON_EXPORTS: Mapping[str, str] = {
    "DEFAULT_TIMEOUT": "._client",
    "ApiClient": "._client",
    "connect": "._connect",
    "AsyncPaginator": "._pagination",
    "Page": "._pagination",
    "Paginator": "._pagination",
    "RetryPolicy": "._retry",
    "Secret": "._tokens",
    **{
        name: "._errors"
        for name in (
            "ApiError",
            "AuthenticationError",
            "BadRequestError",
            "CollectionChangedError",
            "ConflictError",
            "ConnectionError",
            "ForbiddenError",
            "IncompletePageError",
            "HTTPStatusError",
            "MalformedResponseError",
            "NotFoundError",
            "PaginationError",
            "PreconditionFailedError",
            "RateLimitedError",
            "ServerError",
            "TimeoutError",
            "TransportError",
            "UnauthorizedError",
            "UnexpectedStatus",
            "UnprocessableEntityError",
        )
    },
}
"""What every client's ``lib`` exports from the common overlay set: name -> module relative to ``lib``."""


def lazy_exports(package: str, exports: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module-level ``__getattr__`` and ``__dir__`` of ``package`` for ``exports`` (name -> module)."""

    def __getattr__(name: str) -> Any:
        if name == "__all__":  # ``from <package>.lib import *`` and the package's own ``__all__``
            return list(exports)
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)  # the next lookup is a plain attribute
        return value

    def __dir__() -> list[str]:  # the public names only, not this module's machinery
        return sorted(exports)

    return __getattr__, __dir__
