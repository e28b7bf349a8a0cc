"""A client library for accessing PTV OptiFlow Planning API"""

# The public surface: the generated clients plus whatever the hand-written overlays in ``lib/`` export
# (``connect``, errors, pagination). ``lib/__init__.py`` is the seam where hand-written meets generated code.
from ._spec import PACKAGE_VERSION as __version__
from .client import AuthenticatedClient, Client
from .lib import *  # noqa: F403
from .lib import __all__ as _lib_all

__all__ = ["AuthenticatedClient", "Client", "__version__", *_lib_all]
