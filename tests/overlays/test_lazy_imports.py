"""Every client's public names load on first use: importing the package, or one operation module, does not
import the auth, retry and paging machinery (nor asyncio or PyJWT), yet every exported name resolves."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REGISTRY

HEAVY = ("asyncio", "jwt", "{package}.lib._pagination", "{package}.lib._tokens", "{package}.lib._retry")


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    return set(json.loads(output.splitlines()[-1]))


def first_operation(package: str) -> str:
    manifest = __import__(f"{package}._spec", fromlist=["OPERATIONS"])
    return f"{package}.{min(info['module'] for info in manifest.OPERATIONS.values())}"


@pytest.mark.parametrize("entry", REGISTRY, ids=lambda e: e.name)
def test_importing_the_package_or_an_operation_loads_no_machinery(entry: Any) -> None:
    heavy = {name.format(package=entry.package) for name in HEAVY}
    assert loaded_after(f"import {entry.package}") & heavy == set()
    assert loaded_after(f"import {first_operation(entry.package)}") & heavy == set()


@pytest.mark.parametrize("entry", REGISTRY, ids=lambda e: e.name)
def test_every_exported_name_resolves_and_star_import_gets_them_all(entry: Any) -> None:
    package = __import__(entry.package)
    names = package.__all__
    assert {"connect", "ApiError", "Client", "AuthenticatedClient", "__version__"} <= set(names)
    for name in names:
        assert getattr(package, name) is not None
        assert name in dir(package)
    namespace: dict[str, Any] = {}
    exec(f"from {entry.package} import *", namespace)
    assert set(names) <= set(namespace)
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        package.not_a_name  # noqa: B018


@pytest.mark.parametrize("entry", REGISTRY, ids=lambda e: e.name)
def test_the_package_exports_what_its_overlay_modules_list_in_their_all(entry: Any) -> None:
    """One list of public names: each shipped overlay module's ``__all__``. ``lib/__init__.py`` and the package's
    ``__init__.py`` are derived from them, so each name resolves to the object its module defines."""
    lib = importlib.import_module(f"{entry.package}.lib")
    folder = Path(lib.__file__).parent
    declared = {}
    for module in sorted(p for p in folder.glob("_*.py") if p.name != "__init__.py"):
        loaded = importlib.import_module(f"{entry.package}.lib.{module.stem}")
        declared.update({name: getattr(loaded, name) for name in loaded.__all__})
    assert sorted(lib.__all__) == sorted(declared)
    package = importlib.import_module(entry.package)
    for name, value in declared.items():
        assert getattr(lib, name) is value
        assert getattr(package, name) is value
