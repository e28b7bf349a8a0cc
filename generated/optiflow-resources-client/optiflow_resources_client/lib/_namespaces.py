"""What the generated resource layer (``<package>/resources.py``) stands on: namespace bases and two helpers.

A namespace (``client.orders``) holds nothing but the client; its methods, generated from the spec, call the
generated operation modules with it. The sync and the async client classes are both :class:`ApiClient`\\ s;
:func:`twin` turns one into the other over the same connection pools and auth, which is how
``async with connect(...) as client`` hands out the async client.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ..types import Unset

if TYPE_CHECKING:
    from types import ModuleType

    from ._client import ApiClient

__all__ = ["AsyncNamespace", "LazyModule", "Namespace", "given", "lazy_modules", "loaded", "twin"]

C = TypeVar("C", bound="ApiClient")
M = TypeVar("M")


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


class LazyModule:
    """Stands for a module until first used: then imports it and puts the module itself in its place.

    ``resources.py`` names every operation module it calls this way (type checkers see the real imports), so
    importing it imports none of them, and after a method's first call its module is a plain global: no
    import statement runs on every call.
    """

    __slots__ = ("_alias", "_module", "_namespace")

    def __init__(self, namespace: MutableMapping[str, Any], alias: str, module: str) -> None:
        self._namespace, self._alias, self._module = namespace, alias, module

    def __getattr__(self, name: str) -> Any:
        return getattr(self.load(), name)

    def load(self) -> ModuleType:
        """Import the module, put it in this stand-in's place and return it."""
        module = importlib.import_module(self._module)
        self._namespace[self._alias] = module
        return module

    def __repr__(self) -> str:
        return f"<lazy module {self._module!r}>"


def loaded(module: M) -> M:
    """The module itself (``module`` may still be its :class:`LazyModule`; a paginator keeps the real one)."""
    return module.load() if isinstance(module, LazyModule) else module  # type: ignore[return-value]


def lazy_modules(namespace: MutableMapping[str, Any], package: str, modules: Mapping[str, str]) -> None:
    """Bind each ``alias -> module`` (relative to ``package``) in ``namespace`` to a :class:`LazyModule`."""
    for alias, module in modules.items():
        namespace[alias] = LazyModule(namespace, alias, f"{package}.{module}")
