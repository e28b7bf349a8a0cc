"""Safe updates: read an entity with its ETag, change it, write it back only if nobody changed it meanwhile.

A plain GET-then-PUT silently overwrites whatever another process wrote between the two calls. Sending the
ETag of the read in ``If-Match`` turns that race into an error: the server refuses the write (412, or 404 as
the OptiFlow Resources API answers for a version that is no longer current) and we raise
:class:`PreconditionFailedError`, so the caller can re-read and decide instead of losing someone's change.

The helpers take the generated operation modules (``get_employee``, ``upsert_employee``) and find the
``If-Match``/``Prefer`` arguments from ``_spec.OPERATIONS``; an operation without ``If-Match`` is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

import httpx

from .._spec import OPERATIONS
from ._errors import MalformedResponseError, NotFoundError, PreconditionFailedError
from ._operations import operation_of

__all__ = ["Written", "aread_modify_write", "read_modify_write"]

Prefer = Literal["minimal", "representation"]


@dataclass(frozen=True)
class Written:
    """The outcome of a conditional write."""

    entity: Any
    """The stored entity when the server returned it (``prefer="representation"``), else ``None``."""
    etag: str | None
    """The new version's ETag, for a further conditional write."""
    status: int


def prefer_header(prefer: Prefer | None) -> str | None:
    """The RFC 7240 ``Prefer`` value: ``return=minimal`` (no body back) or ``return=representation``."""
    if prefer is None:
        return None
    if prefer not in ("minimal", "representation"):
        raise ValueError(f"prefer must be 'minimal' or 'representation', not {prefer!r}")
    return f"return={prefer}"


def _header_argument(write: ModuleType, header: str) -> str | None:
    info = OPERATIONS[operation_of(write)]
    for parameter in info["parameters"]:
        if parameter["in"] == "header" and parameter["name"].lower() == header.lower():
            return str(parameter["python_name"])
    return None


def _write_arguments(write: ModuleType, etag: str, prefer: Prefer | None) -> dict[str, Any]:
    if_match = _header_argument(write, "If-Match")
    if if_match is None:
        raise ValueError(f"{operation_of(write)} takes no If-Match header: it cannot be written conditionally")
    arguments = {if_match: etag}
    value = prefer_header(prefer)
    if value is not None:
        name = _header_argument(write, "Prefer")
        if name is None:
            raise ValueError(f"{operation_of(write)} takes no Prefer header")
        arguments[name] = value
    return arguments


def _etag_of(read: ModuleType, response: Any) -> str:
    etag = response.headers.get("etag")
    if not etag:
        raise MalformedResponseError(
            f"{operation_of(read)} answered without an ETag header, so a safe write is impossible",
            response=_raw(response),
        )
    return str(etag)


def _raw(response: Any) -> httpx.Response:
    return httpx.Response(int(response.status_code), headers=dict(response.headers), content=response.content)


def _stale(write: ModuleType, etag: str, error: NotFoundError | PreconditionFailedError) -> PreconditionFailedError:
    return PreconditionFailedError(
        f"{operation_of(write)} refused the write: the entity changed (or went away) since it was read "
        f"with ETag {etag}; read it again and reapply the change",
        body=error.body,
        response=error.response,
    )


def _written(response: Any) -> Written:
    etag = response.headers.get("etag")
    return Written(entity=response.parsed, etag=str(etag) if etag else None, status=int(response.status_code))


Change = Callable[[Any], Any]
"""Gets the entity read; changes it in place (and returns ``None``) or returns what to write instead."""


def read_modify_write(
    client: Any, read: ModuleType, write: ModuleType, change: Change, *, prefer: Prefer | None = None, **ids: Any
) -> Written:
    """Read with ``read(**ids)``, pass the entity to ``change``, write what it returns (or the entity it
    changed in place, when it returns ``None``) with ``write(**ids, body=..., If-Match=<ETag read>)``.

    Raises :class:`PreconditionFailedError` when someone else wrote in between; nothing is overwritten.
    """
    plan = _Plan(read, write, ids, prefer, read.sync_detailed(client=client, **ids), change)
    try:
        return _written(write.sync_detailed(client=client, **plan.arguments))
    except (NotFoundError, PreconditionFailedError) as error:
        raise plan.stale(error) from error


async def aread_modify_write(
    client: Any, read: ModuleType, write: ModuleType, change: Change, *, prefer: Prefer | None = None, **ids: Any
) -> Written:
    """The async twin of :func:`read_modify_write` (``change`` stays a plain function)."""
    plan = _Plan(read, write, ids, prefer, await read.asyncio_detailed(client=client, **ids), change)
    try:
        return _written(await write.asyncio_detailed(client=client, **plan.arguments))
    except (NotFoundError, PreconditionFailedError) as error:
        raise plan.stale(error) from error


class _Plan:
    """The conditional write that follows a read: its arguments (body, ids, ``If-Match``, ``Prefer``)."""

    def __init__(
        self,
        read: ModuleType,
        write: ModuleType,
        ids: dict[str, Any],
        prefer: Prefer | None,
        response: Any,
        change: Change,
    ) -> None:
        self.write = write
        self.etag = _etag_of(read, response)
        body = change(response.parsed)
        entity = response.parsed if body is None else body
        self.arguments = {"body": entity, **ids, **_write_arguments(write, self.etag, prefer)}

    def stale(self, error: NotFoundError | PreconditionFailedError) -> PreconditionFailedError:
        return _stale(self.write, self.etag, error)
