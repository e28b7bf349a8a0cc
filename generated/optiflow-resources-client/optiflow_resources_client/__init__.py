"""A client library for accessing Conundra Resources API"""

# The public surface: the generated clients plus whatever the hand-written overlays in ``lib/`` export
# (``connect``, errors, pagination). ``lib/__init__.py`` is the seam where hand-written meets generated code.
# Names load on first use (PEP 562): ``import <package>`` costs next to nothing, and an operation module
# imports only what it uses.
import importlib
from typing import TYPE_CHECKING, Any

from ._spec import PACKAGE_VERSION

if TYPE_CHECKING:
    from .client import AuthenticatedClient as AuthenticatedClient
    from .client import Client as Client
    from .lib import *  # noqa: F403

__version__: str = PACKAGE_VERSION
_CLIENTS = ("AuthenticatedClient", "Client")


def _public_names() -> list[str]:
    return [*_CLIENTS, "__version__", *importlib.import_module(".lib", __name__).__all__]


def __getattr__(name: str) -> Any:
    if name == "__all__":  # ``from <package> import *``
        value: Any = _public_names()
    elif name in _CLIENTS:
        value = getattr(importlib.import_module(".client", __name__), name)
    elif not name.startswith("_") and name in _public_names():
        value = getattr(importlib.import_module(".lib", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_public_names()})
