"""A client library for accessing PlanningPME API"""

# The public surface. The entry point is the resource client (PlanningPME / AsyncPlanningPME, from
# ``resources.py``) that ``connect(...)`` returns; below it are the lower layers: ``ApiClient`` (the generated
# ``Client`` with timeouts, retries and typed errors) and the generated ``Client``/``AuthenticatedClient`` that
# the operation modules under ``api/`` take as ``client=``. Plus whatever the hand-written overlays in ``lib/``
# export (``connect``, errors, pagination); ``lib/__init__.py`` is the seam where hand-written meets generated code.
# Names load on first use (PEP 562): ``import <package>`` costs next to nothing, and an operation module
# imports only what it uses. ``dir()`` and ``__all__`` list the public names only.
import importlib as _importlib
import typing as _typing

from ._spec import PACKAGE_VERSION as _PACKAGE_VERSION

if _typing.TYPE_CHECKING:
    from .client import AuthenticatedClient as AuthenticatedClient
    from .client import Client as Client
    from .lib import *  # noqa: F403
    from .resources import AsyncPlanningPME as AsyncPlanningPME
    from .resources import PlanningPME as PlanningPME

__version__: str = _PACKAGE_VERSION
_FROM: dict[str, str] = {
    "PlanningPME": ".resources",
    "AsyncPlanningPME": ".resources",
    "AuthenticatedClient": ".client",
    "Client": ".client",
}


def _public_names() -> list[str]:
    return [*_FROM, "__version__", *_importlib.import_module(".lib", __name__).__all__]


def __getattr__(name: str) -> _typing.Any:
    if name == "__all__":  # ``from <package> import *``
        value: _typing.Any = _public_names()
    elif name in _FROM:
        value = getattr(_importlib.import_module(_FROM[name], __name__), name)
    elif not name.startswith("_") and name in _public_names():
        value = getattr(_importlib.import_module(".lib", __name__), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_public_names())
