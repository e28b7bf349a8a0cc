"""Keyword arguments checked at once: a misspelt option (``timout=5``, ``max_retrys=8``) is a ``TypeError`` in
the call that has it, naming the closest valid name, instead of a confusing error from deep inside later.

The type checkers catch the same mistakes through the ``TypedDict`` each ``**options`` is declared with
(``ClientOptions``, ``RetryChanges``); this is the same rule at run time, for untyped callers.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

__all__: list[str] = []


def check_keywords(given: Mapping[str, object], allowed: Collection[str], function: Callable[..., Any]) -> None:
    """Raise ``TypeError`` for the first keyword of ``given`` that is neither in ``allowed`` nor a parameter of
    ``function``, in the words Python uses, plus the closest valid name."""
    unknown = [name for name in given if name not in allowed]
    if not unknown:
        return
    import difflib  # only on the error path

    code = getattr(function, "__code__", None)
    own = [] if code is None else list(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount])
    names = sorted({*allowed, *own} - {"self", "cls"})
    close = difflib.get_close_matches(unknown[0], names, n=1)
    hint = f"did you mean {close[0]!r}?" if close else "it takes " + ", ".join(names)
    where = getattr(function, "__qualname__", "the call")
    raise TypeError(f"{where}() got an unexpected keyword argument {unknown[0]!r}; {hint}")
