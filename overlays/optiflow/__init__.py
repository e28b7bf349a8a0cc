"""Hand-written additions shared by the OptiFlow clients: the common overlay set's names plus this vendor's.

Every name loads on first use (``_lazy.py``): importing the package or one operation module does not import
the auth, retry and paging machinery. ``__all__`` is answered by ``__getattr__`` from the same table.
"""

from typing import TYPE_CHECKING

from ._lazy import COMMON_EXPORTS, lazy_exports

if TYPE_CHECKING:
    from ._auth import ClientCredentials as ClientCredentials
    from ._public import *  # noqa: F403
    from ._writes import Written as Written
    from ._writes import aread_modify_write as aread_modify_write
    from ._writes import read_modify_write as read_modify_write

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        **COMMON_EXPORTS,
        "ClientCredentials": "._auth",
        "Written": "._writes",
        "aread_modify_write": "._writes",
        "read_modify_write": "._writes",
    },
)
