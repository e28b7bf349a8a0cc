"""Hand-written additions to the PlanningPME client: the common overlay set's names plus this vendor's.

Every name loads on first use (``_lazy.py``): importing the package or one operation module does not import
the auth, retry and paging machinery. ``__all__`` is answered by ``__getattr__`` from the same table.
"""

from typing import TYPE_CHECKING

from ._lazy import COMMON_EXPORTS, lazy_exports

if TYPE_CHECKING:
    from ._auth import AppKeyAuth as AppKeyAuth
    from ._auth import UserTokenAuth as UserTokenAuth
    from ._public import *  # noqa: F403

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        **COMMON_EXPORTS,
        "AppKeyAuth": "._auth",
        "UserTokenAuth": "._auth",
    },
)
