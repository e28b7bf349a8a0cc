"""Overlay modules imported the way a generated package ships them, without generating a package.

The overlay sets' modules are copied flat into ``<name>/lib/`` of a throw-away package, so their relative
imports (``from ._tokens import ...``) resolve as they do in ``generated/<dist>/<package>/lib/``. Modules
that need generated code (``_client``, ``_connect``) are not imported here; the vendor tests import those
from the generated packages.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from tests.conftest import ROOT


@contextmanager
def overlay_package(target: Path, name: str, sets: list[str]) -> Iterator[Callable[[str], ModuleType]]:
    """Build ``target/<name>`` from the overlay ``sets``; yields ``load("_tokens")`` -> ``<name>.lib._tokens``."""
    lib = target / name / "lib"
    lib.mkdir(parents=True)
    (target / name / "__init__.py").write_text("", encoding="utf-8")
    (lib / "__init__.py").write_text("", encoding="utf-8")
    for overlay_set in sets:
        for module in sorted((ROOT / "overlays" / overlay_set).glob("_*.py")):
            if module.name != "__init__.py":
                shutil.copyfile(module, lib / module.name)
    sys.path.insert(0, str(target))
    try:
        yield lambda module: importlib.import_module(f"{name}.lib.{module}")
    finally:
        sys.path.remove(str(target))
        for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[loaded]
