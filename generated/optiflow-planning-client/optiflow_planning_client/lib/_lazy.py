"""The one lazy loader of every package: names and modules that load on first use.

:func:`lazy_exports` (PEP 562) serves the three ``__init__.py`` files the pipeline writes: the package's (the
resource clients, the generated ``Client`` and everything ``lib`` exports), ``lib/__init__.py`` (the names the
overlay modules list in their ``__all__``) and ``models/__init__.py`` (one module per model).
:func:`lazy_modules` serves ``resources.py``, whose methods name the operation modules as globals: a function's
global lookups bypass a module's ``__getattr__``, so each module stands in as a :class:`LazyModule` until used.

Nothing is imported until a name is used, so ``import <package>`` and one operation module stay cheap:
importing asyncio, PyJWT or the paging machinery only to read one model would make every client slower to
start than httpx itself (see the README's benchmarks). This module imports nothing of the package, so any of
them can import it first.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from types import ModuleType

__all__: list[str] = []

M = TypeVar("M")


def lazy_exports(
    package: str, table: Mapping[str, str], *, eager: Iterable[str] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The module-level ``__getattr__`` and ``__dir__`` of ``package`` for ``table`` (public name -> the module,
    relative to ``package``, that defines it). ``eager`` names plain globals that ``dir()`` lists as well."""
    public = sorted({*table, *eager})

    def __getattr__(name: str) -> Any:
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)  # the next lookup is a plain attribute
        return value

    def __dir__() -> list[str]:  # the public names only, not the loader's machinery
        return list(public)

    return __getattr__, __dir__


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
