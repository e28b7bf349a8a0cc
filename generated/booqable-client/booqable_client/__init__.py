"""A client library for accessing Booqable API"""

# The public surface. The entry point is the resource client (Booqable / AsyncBooqable, from
# ``resources.py``) that ``connect(...)`` returns; below it are the lower layers: ``ApiClient`` (the generated
# ``Client`` with timeouts, retries and typed errors) and the generated ``Client``/``AuthenticatedClient`` that
# the operation modules under ``api/`` take as ``client=``. Plus whatever the hand-written overlays in ``lib/``
# export (``connect``, errors, pagination; ``lib.__all__``, from each overlay module's ``__all__``): ``lib/`` is
# the seam where hand-written meets generated code.
# Names load on first use (``lib/_lazy.py``, PEP 562): ``import <package>`` costs next to nothing, and an
# operation module imports only what it uses. ``dir()`` and ``__all__`` list the public names only.
import typing as _typing

from . import lib as _lib
from ._spec import PACKAGE_VERSION as _PACKAGE_VERSION
from .lib._lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from .client import AuthenticatedClient as AuthenticatedClient
    from .client import Client as Client
    from .lib import *  # noqa: F403
    from .resources import AsyncBooqable as AsyncBooqable
    from .resources import Booqable as Booqable

__version__: str = _PACKAGE_VERSION
__all__ = [
    "Booqable",
    "AsyncBooqable",
    "AuthenticatedClient",
    "Client",
    "__version__",
]
__all__ += _lib.__all__

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "Booqable": ".resources",
        "AsyncBooqable": ".resources",
        "AuthenticatedClient": ".client",
        "Client": ".client",
        **dict.fromkeys(_lib.__all__, ".lib"),
    },
    eager=["__version__"],
)
