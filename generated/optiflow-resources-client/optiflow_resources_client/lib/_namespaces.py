"""What the generated resource layer (``<package>/resources.py``) stands on: namespace bases and two helpers
(its operation modules load on first use through ``_lazy.py``).

A namespace (``client.orders``) holds nothing but the client; its methods, generated from the spec, call the
generated operation modules with it. The sync and the async client classes are both :class:`ApiClient`\\ s;
:func:`twin` turns one into the other over the same connection pools and auth, which is how
``async with connect(...) as client`` hands out the async client.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload
from uuid import UUID

import attrs

from ..types import Unset

if TYPE_CHECKING:
    from ._client import ApiClient
    from ._options import CallOptions

__all__: list[str] = []

C = TypeVar("C", bound="ApiClient")
T = TypeVar("T")


class _Record(Protocol):
    @property
    def id(self) -> UUID: ...


class Namespace:
    """Base of the generated sync namespaces: the operations of one resource, bound to a client."""

    __slots__ = ("_client",)

    def __init__(self, client: ApiClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class AsyncNamespace(Namespace):
    """Base of the generated async namespaces (coroutine methods; paginated ones return async paginators)."""

    __slots__ = ()


def given(**arguments: Any) -> dict[str, Any]:
    """The arguments a caller actually passed (``UNSET`` ones left out), so a paginator sees only those."""
    return {name: value for name, value in arguments.items() if not isinstance(value, Unset)}


def twin(client: ApiClient, cls: type[C]) -> C:
    """A client of class ``cls`` with ``client``'s settings that shares its connection pools and auth.

    Like ``client.with_options()``: the new client forks the httpx clients of the root one, so closing it
    does not close them; the root (the client ``connect`` returned) owns the pools.
    """
    values = {a.alias: getattr(client, a.name) for a in attrs.fields(type(client)) if a.init and a.alias != "parent"}
    root = getattr(client, "_parent", None) or client
    return cls(**values, parent=root)


def required(value: T | Unset, name: str) -> T:
    """A required keyword of a body's keyword form (the overloads make type checkers insist on it too)."""
    if isinstance(value, Unset):
        raise TypeError(f"missing keyword argument {name!r} (or pass the whole request as body=)")
    return value


@overload
def listed(value: Unset) -> Unset: ...
@overload
def listed(value: None) -> None: ...
@overload
def listed(value: Sequence[T]) -> list[T]: ...
def listed(value: Sequence[T] | Unset | None) -> list[T] | Unset | None:
    """A keyword's sequence (a tuple, a list of a subtype) as the list the model holds."""
    return value if value is None or isinstance(value, Unset) else list(value)


def _uuid(value: _Record | UUID | str) -> UUID:
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a record id (a UUID)") from None
    return value.id


@overload
def related(value: Unset) -> Unset: ...
@overload
def related(value: None) -> None: ...
@overload
def related(value: _Record | UUID | str) -> UUID: ...
def related(value: _Record | UUID | str | Unset | None) -> UUID | Unset | None:
    """The id a relationship keyword sets: from the related model, a ``UUID`` or its string."""
    return value if value is None or isinstance(value, Unset) else _uuid(value)


@overload
def related_ids(value: Unset) -> Unset: ...
@overload
def related_ids(value: Sequence[_Record | UUID | str]) -> list[UUID]: ...
def related_ids(value: Sequence[_Record | UUID | str] | Unset) -> list[UUID] | Unset:
    """The ids a to-many relationship keyword sets."""
    return value if isinstance(value, Unset) else [_uuid(item) for item in value]


def with_call_options(client: C, options: CallOptions) -> C:
    """``client`` itself when a call has no options, else a derived client for that call."""
    if not options:
        return client
    return client.with_options(**options)
