"""Which generated operation a module or a request belongs to, from the manifest ``_spec.OPERATIONS``.

The client (retry safety, the documented error bodies), the paginators (the paging table) and the safe writes
(the ``If-Match`` argument) all ask this module; it depends on nothing else of ``lib``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, Final

import httpx

from .._spec import OPERATIONS

__all__: list[str] = []

OPERATION_EXTENSION: Final = "operation_module"
"""``request.extensions`` key where each generated operation names its module (``__name__``); see
specs/_pipeline/templates/endpoint_module.py.jinja. It tells which operation a request belongs to."""

PACKAGE: Final = __name__.rsplit(".", 2)[0]
_MODULE_TO_OPERATION: Final = {f"{PACKAGE}.{info['module']}": op for op, info in OPERATIONS.items()}
_MODULE_TO_INFO: Final = {module: OPERATIONS[op] for module, op in _MODULE_TO_OPERATION.items()}


def operation_of(module: ModuleType | str) -> str:
    """The operationId of a generated operation module (or its dotted name)."""
    name = module if isinstance(module, str) else module.__name__
    try:
        return _MODULE_TO_OPERATION[name]
    except KeyError:
        raise ValueError(f"{name} is not an operation module of {PACKAGE}") from None


def operation_id(request: httpx.Request) -> str | None:
    """The operationId of the generated operation that built ``request`` (``None``: hand-made)."""
    module = request.extensions.get(OPERATION_EXTENSION)
    return _MODULE_TO_OPERATION.get(module) if isinstance(module, str) else None


def operation_info(request: httpx.Request) -> dict[str, Any] | None:
    """The ``_spec.OPERATIONS`` entry of the generated operation that built ``request`` (``None``: hand-made)."""
    module = request.extensions.get(OPERATION_EXTENSION)
    return _MODULE_TO_INFO.get(module) if isinstance(module, str) else None
