"""Import cost: ``python -c 'import <client>'`` (and one operation module) vs ``python -c 'import httpx'``.

Every import runs in a fresh interpreter (a warm one would find everything in ``sys.modules``); the whole
process is timed, as a user's script would feel it. The processes of all contestants are interleaved.

The packages are byte-compiled first, as pip does when it installs a wheel: httpx, the baseline, was installed
that way, and an editable install under ``PYTHONDONTWRITEBYTECODE=1`` (set on some machines) would otherwise
compile every module of ours from source in every process: ~40 ms for Booqable's 300 kB manifest alone.
"""

from __future__ import annotations

import compileall
import importlib
import random
import statistics
import subprocess
import sys
import time

from specs._pipeline.registry import load_registry
from tests.bench.timing import Row
from tests.conftest import ROOT

TARGET = 1.5


def operation_module(package: str) -> str:
    """One operation module of the package: that of its first paginated operation (else its first one)."""
    operations = importlib.import_module(f"{package}._spec").OPERATIONS
    paged = [op for op, info in operations.items() if info.get("pagination")]
    chosen = (paged or list(operations))[0]
    return f"{package}.{operations[chosen]['module']}"


def _run(module: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
    return time.perf_counter() - start


def run(repeat: int = 15) -> list[Row]:
    packages = [entry.package for entry in load_registry(ROOT)]
    modules = ["httpx"]
    for package in packages:
        modules += [package, operation_module(package)]
    for package in packages:
        for folder in importlib.import_module(package).__path__:
            compileall.compile_dir(folder, quiet=1)
    for module in modules:  # warm the file system cache once
        _run(module)
    samples: dict[str, list[float]] = {module: [] for module in modules}
    shuffler = random.Random(9)
    for _ in range(repeat):
        order = list(modules)
        shuffler.shuffle(order)
        for module in order:
            samples[module].append(_run(module))
    base = statistics.median(samples["httpx"])
    return [Row(_label(module), statistics.median(samples[module]), base, TARGET, "ratio") for module in modules[1:]]


def _label(module: str) -> str:
    """A package's row says how many operations it has (the imports must stay cheap as specs grow)."""
    if "." in module:
        return f"import `{module}`"
    operations = importlib.import_module(f"{module}._spec").OPERATIONS
    return f"import `{module}` ({len(operations)} operations)"
