"""Fork safety: a client used in a child process after ``os.fork()`` never shares a connection with its parent.

A pooled socket copied into a child is the same connection as the parent's: both writing to it mix their
requests and each may read the other's answer (gunicorn ``--preload``, ``multiprocessing`` with ``fork``).
The child therefore starts afresh on first use: new httpx clients (an empty pool; the parent's sockets are left
untouched for the parent) and new token locks (one held by another thread at the fork would never be
released in the child). The cached token is kept: it is as valid in the child as in the parent.
"""

from __future__ import annotations

import os

__all__: list[str] = []


class _Forks:
    count = 0


def generation() -> int:
    """How many forks this process is away from where the package was imported: a changed value means the
    pools and locks made before belong to the parent."""
    return _Forks.count


def _forked() -> None:
    _Forks.count += 1


if hasattr(os, "register_at_fork"):  # every POSIX system; Windows cannot fork
    os.register_at_fork(after_in_child=_forked)
